/**
 * Fetching, validation and the page-wide cache. Never touches the DOM.
 *
 * One request per URL per page: every card asking for the same URL shares one promise. A failed
 * load is evicted so Retry refetches. Cards never abort the shared request (one card going away
 * must not cancel another's data); they just ignore results they no longer want.
 */
import { validateOccupation, type Occupation } from './contract.js';
import { LoadError } from './errors.js';

// Validation is the contract itself (zod/mini). No zod config here: zod/mini's objects never
// JIT-compile, so nothing probes `new Function` under a strict CSP (test/browser/csp.test.ts).

const cache = new Map<string, Promise<Occupation>>();

/**
 * The most a card accepts of each kind of file, in bytes; a bigger file is refused as
 * `invalid-data`, never truncated. Each cap is a few times the largest real file (data build of
 * 2025-12-01): occupation documents at most 26 kB, `v1/index.json` 130 kB, a job-title index
 * file (`v1/lookup/`) at most about 100 kB. (`v1/titles.json`, 3.8 MB, is for publishers; the
 * card matches titles through `v1/lookup/` and never downloads it.)
 */
export const LIMITS = {
  occupation: 1 << 20, // 1 MiB
  index: 1 << 20, // 1 MiB
  lookup: 1 << 20, // 1 MiB
} as const;
/** The largest occupation document accepted (1 MiB). */
export const MAX_BYTES = LIMITS.occupation;
const tooLarge = (what: string, max: number) => new LoadError('invalid-data', 'tooLarge', what, max / (1 << 20));

/** Default time to wait for a response, in ms. */
export const TIMEOUT = 10_000;

/** Read a body, refusing it as soon as it passes `max` bytes (a stream without Content-Length too). */
async function readCapped(res: Response, max: number, what: string): Promise<string> {
  if (Number(res.headers.get('Content-Length')) > max) throw tooLarge(what, max);
  const reader = res.body?.getReader();
  if (!reader) return res.text();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw tooLarge(what, max);
    }
    parts.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * GET a JSON file of the data API with a timeout, a size cap and a typed error for each way it
 * can fail. `what` names the file in messages; `maxBytes` is its kind's cap (LIMITS). Used for
 * documents, the index and titles.
 */
export async function fetchJson(
  url: string,
  { timeout = TIMEOUT, fresh = false, what = '', maxBytes = LIMITS.occupation as number } = {},
): Promise<unknown> {
  // A non-number timeout ("10s") must not make every request fail at once.
  const ms = timeout > 0 && Number.isFinite(timeout) ? timeout : TIMEOUT;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), ms);
  let text: string;
  try {
    let res: Response;
    try {
      // A reload revalidates with the server: Retry must not be answered by a cached failure.
      res = await fetch(url, { signal: ctrl.signal, credentials: 'omit', cache: fresh ? 'no-cache' : 'default' });
    } catch {
      throw ctrl.signal.aborted ? new LoadError('timeout', 'noAnswer', ms / 1000) : new LoadError('network', 'unreachable');
    }
    if (res.status === 404 || res.status === 410)
      throw what ? new LoadError('not-found', 'noFile', what, res.status) : new LoadError('not-found', 'noData', res.status);
    if (!res.ok) {
      const after = res.headers.get('Retry-After');
      throw new LoadError('http', 'http', res.status, after ?? '');
    }
    // An HTML page (a login wall, a CDN error page, an SPA fallback) is never our JSON.
    if (/html/i.test(res.headers.get('Content-Type') ?? '')) throw new LoadError('invalid-json', 'html');
    try {
      text = await readCapped(res, maxBytes, what);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw ctrl.signal.aborted ? new LoadError('timeout', 'tooSlow', ms / 1000) : new LoadError('network', 'broken');
    }
  } finally {
    clearTimeout(timer);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('invalid-json', 'notJson');
  }
}

/** Freeze a validated document: every card and every event listener shares the same object. */
function freeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) freeze(v);
  }
  return o;
}

/** Validate a payload or throw an `invalid-data` LoadError naming the first bad field. */
export function validate(json: unknown): Occupation {
  const r = validateOccupation(json);
  if (r.ok) return freeze(r.data);
  throw new LoadError('invalid-data', 'invalid', r.path, r.message);
}

/** Load one occupation document, shared by every card on the page. */
export function load(url: URL, { fresh = false, timeout = TIMEOUT } = {}): Promise<Occupation> {
  const key = url.href;
  let p = fresh ? undefined : cache.get(key);
  if (!p) {
    p = fetchJson(key, { timeout, fresh }).then(validate);
    cache.set(key, p);
    p.catch(() => {
      if (cache.get(key) === p) cache.delete(key);
    });
  }
  return p;
}
