import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * The card on a page with a strict CSP and Trusted Types (see STRICT_CSP in
 * test/server-plugin.mjs): it must render, fail cleanly, and cause zero violations.
 */
describe('strict CSP host page', () => {
  it('renders with zero securitypolicyviolation events', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/mock/page/csp" style="width:800px;height:600px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.getElementById('a'), 'frame loads', { timeout: 5000 });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { __violations: string[] };
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    await waitUntil(() => a.shadowRoot?.querySelector('h2') && b.shadowRoot?.querySelector('[role=alert]'), 'cards settle', {
      timeout: 5000,
    });
    // Bars get their width through CSSOM (allowed), not a style attribute (blocked).
    const fill = a.shadowRoot!.querySelector<HTMLElement>('.task-btn .fill')!;
    expect(parseFloat(win.getComputedStyle(fill).width)).to.be.greaterThan(0);
    // Styles applied (adopted stylesheets are allowed under style-src 'self').
    expect(win.getComputedStyle(a.shadowRoot!.querySelector('.card')!).borderTopStyle).to.equal('solid');
    expect(win.__violations).to.deep.equal([]);
    // Control: the policy and the recorder are live, so the empty list above means something.
    try {
      (win as any).eval('1');
    } catch {
      /* blocked, as it should be */
    }
    await waitUntil(() => win.__violations.length === 1, 'eval is reported', { timeout: 2000 });
    expect(win.__violations[0]).to.match(/^(script-src|require-trusted-types-for)/);
  });
});
