import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, answered, fetchedCard, fullDoc, text } from './helpers.js';

const FIX = 'test/fixtures/data/v1/occupations/15-2051.00.json';
const b64 = (s: string) => btoa(unescape(encodeURIComponent(s)));

/** Every network fault ends in a clear state with its kind, and never throws into the page. */
describe('network faults', () => {
  let pageErrors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in e ? e.reason : e.error);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors, 'errors thrown into the host page').to.deep.equal([]);
  });

  const cases: [string, string, Record<string, string>, RegExp][] = [
    ['404', 'not-found', { src: '/mock/status/404' }, /HTTP 404/],
    ['410', 'not-found', { src: '/mock/status/410' }, /HTTP 410/],
    ['500', 'http', { src: '/mock/status/500' }, /HTTP 500/],
    ['503 with Retry-After', 'http', { src: '/mock/status/503?retryAfter=30' }, /HTTP 503.*retry after 30 s/],
    ['connection reset', 'network', { src: '/mock/reset' }, /could not be reached/],
    ['no answer in time', 'timeout', { src: `/mock/delay/2000/${FIX}?u=faults`, timeout: '150' }, /within 0\.15 s/],
    ['body too slow', 'timeout', { src: `/mock/trickle/2000/${FIX}`, timeout: '300' }, /longer than 0\.3 s/],
    [
      'HTML instead of JSON (200 text/html)',
      'invalid-json',
      { src: `/mock/text/text%2Fhtml/${b64('<!doctype html><title>Login</title>')}` },
      /HTML page/,
    ],
    ['HTML sent as JSON', 'invalid-json', { src: `/mock/text/application%2Fjson/${b64('<!doctype html><p>')}` }, /not JSON/],
    [
      'truncated JSON',
      'invalid-json',
      { src: `/mock/text/application%2Fjson/${b64('{"schemaVersion":1,"occupation":{"co')}` },
      /not JSON/,
    ],
    ['empty body', 'invalid-json', { src: `/mock/text/application%2Fjson/` }, /not JSON/],
    ['over 1 MB with Content-Length', 'invalid-data', { src: '/mock/big/1100000' }, /larger than 1 MB/],
    ['over 1 MB streamed', 'invalid-data', { src: '/mock/big/1100000?stream=1' }, /larger than 1 MB/],
  ];
  for (const [name, kind, attrs, message] of cases) {
    it(`${name} → ${kind}`, async () => {
      const { el, event } = await fetchedCard(attrs);
      expect(event.type).to.equal('ai-risk-card-error');
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.match(message);
      expect(text($(el, '[role=alert]'))).to.match(message);
      expect($(el, '[part=gauge]')).to.be.null;
    });
  }

  it('JSON with a plain-text content type is accepted (many static hosts send text/plain)', async () => {
    const doc = JSON.stringify(await fullDoc());
    const { event } = await fetchedCard({ src: `/mock/text/text%2Fplain/${b64(doc)}` });
    expect(event.type).to.equal('ai-risk-card-load');
  });

  it('a document with more than 200 tasks is refused, naming the limit', async () => {
    const d = await fullDoc();
    d.tasks = Array.from({ length: 201 }, (_, i) => ({ statement: `Task ${i}`, coverage: 10 }));
    const { event } = await fetchedCard({ src: `/mock/text/application%2Fjson/${b64(JSON.stringify(d))}` });
    expect(event.detail.kind).to.equal('invalid-data');
    expect(event.detail.message).to.equal('Invalid data at tasks: must have at most 200 tasks.');
  });

  it('Retry recovers once the server recovers, and the failure was not cached', async () => {
    const key = `k${Math.random()}`;
    const { el, event } = await fetchedCard({ src: `/mock/flaky/2/${FIX}?key=${key}` });
    expect(event.detail.kind).to.equal('http');
    const again = oneEvent(el, 'ai-risk-card-error');
    $(el, '[role=alert] button')!.click();
    expect((await again).detail.kind).to.equal('http');
    const ok = oneEvent(el, 'ai-risk-card-load');
    $(el, '[role=alert] button')!.click();
    expect((await ok).detail.occupation).to.equal('15-2051.00');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Will AI replace Data Scientists?');
    expect($(el, '[role=alert]')).to.be.null;
  });

  it('a slow response overtaken by a newer occupation never replaces it', async () => {
    const { el } = await fetchedCard({ src: `/mock/text/application%2Fjson/${b64(JSON.stringify(await fullDoc()))}` });
    const loads: string[] = [];
    el.addEventListener('ai-risk-card-load', (e) => loads.push(e.detail.occupation));
    el.removeAttribute('src');
    el.setAttribute('data-source', '/mock/delay/500/test/fixtures/data/');
    el.setAttribute('occupation', '15-2051.00');
    await el.updateComplete;
    el.setAttribute('data-source', '/test/fixtures/data/');
    el.setAttribute('occupation', '41-2011.00');
    await waitUntil(() => loads.length > 0, 'the newer occupation loads');
    await answered('/mock/delay/500/test/fixtures/data/v1/occupations/15-2051.00.json');
    await el.updateComplete;
    expect(loads).to.deep.equal(['41-2011.00']);
    expect(text($(el, 'h2'))).to.equal('Will AI replace Cashiers?');
  });
});
