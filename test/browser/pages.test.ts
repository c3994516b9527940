/**
 * The index page of `npm run pages` (built from the sample data by test/ssr-plugin.mjs): its search
 * finds occupations by title and alternate title; without typing, every occupation is listed.
 */
import { expect } from '@open-wc/testing';

describe('npm run pages: the index', () => {
  let frame: HTMLIFrameElement;
  const visible = () =>
    [...frame.contentDocument!.querySelectorAll<HTMLLIElement>('ol.all li')]
      .filter((li) => !li.hidden)
      .map((li) => li.querySelector('a')!.textContent);
  const type = (q: string) => {
    const input = frame.contentDocument!.getElementById('q') as HTMLInputElement;
    input.value = q;
    input.dispatchEvent(new Event('input'));
  };

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:600px';
    document.body.append(frame);
    await new Promise((r) => {
      frame.onload = r;
      frame.src = '/ssr-site/';
    });
  });

  it('lists every occupation, with a search box', () => {
    expect(visible().length).to.equal(9);
    expect((frame.contentDocument!.getElementById('q') as HTMLInputElement).hidden).to.equal(false);
  });

  it('finds titles by any of their words, and alternate titles', () => {
    type('nurse');
    expect(visible()).to.deep.equal(['Registered Nurses']);
    type('software dev');
    expect(visible()).to.deep.equal(['Software Developers']);
    type('applied scientist'); // an alternate title of Data Scientists
    expect(visible()).to.deep.equal(['Data Scientists']);
    type('Auditor');
    expect(visible()).to.deep.equal(['Accountants and Auditors']);
    type('no such job');
    expect(visible()).to.deep.equal([]);
    expect(frame.contentDocument!.getElementById('n')!.textContent).to.equal('0 of 9 occupations');
    type('');
    expect(visible().length).to.equal(9);
  });

  it('links each title to its page, which carries the pre-rendered card', async () => {
    const a = frame.contentDocument!.querySelector<HTMLAnchorElement>('ol.all a')!;
    const page = await (await fetch(a.href)).text();
    expect(page).to.contain('shadowrootmode="open"');
  });
});
