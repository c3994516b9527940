/**
 * Fetching, validation and the page-wide cache. Never touches the DOM.
 *
 * One request per URL per page: every card asking for the same URL shares one promise. A failed
 * load is evicted so Retry refetches. Cards never abort the shared request (one card going away
 * must not cancel another's data); they just ignore results they no longer want.
 */
import { validateOccupation, type Occupation } from './contract.js';

// No zod config here: zod/mini's objects never JIT-compile, so nothing probes `new Function`
// (the strict-CSP test would report it), and a global `jitless` would also slow down the host
// app's own zod schemas in the npm build, where zod is shared.

export type ErrorKind = 'not-found' | 'network' | 'http' | 'invalid-json' | 'invalid-data' | 'timeout';

export class LoadError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** The first invalid field, for `invalid-data`. */
    readonly path?: string,
  ) {
    super(message);
  }
}

export const CODE = /^\d\d-\d{4}\.\d\d$/;

/**
 * An absolute http(s) URL from an attribute (blob: too, for src: an app's own generated
 * document), or a not-found LoadError naming the attribute.
 */
export function httpUrl(value: string, attr: string, blob = false): URL {
  let u: URL | undefined;
  try {
    u = new URL(value, document.baseURI);
  } catch {
    /* reported below */
  }
  if (!u || !(/^https?:$/.test(u.protocol) || (blob && u.protocol === 'blob:')))
    throw new LoadError('not-found', `The ${attr} attribute "${value.slice(0, 80)}" is not an http(s) URL.`);
  return u;
}

/** The data API's base URL (the folder holding `v1/`), always ending in a slash. */
export function dataRoot(dataSource: string | undefined, base: string): URL {
  const root = httpUrl(dataSource || base, 'data-source');
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return root;
}

export const docUrl = (root: URL, code: string) => new URL(`v1/occupations/${code}.json`, root);

const cache = new Map<string, Promise<Occupation>>();

/**
 * The most a card accepts of each kind of file, in bytes; a bigger file is refused as
 * `invalid-data`, never truncated. Each cap is a few times the largest real file (data build of
 * 2025-12-01): occupation documents at most 26 kB, `v1/index.json` 130 kB, `v1/titles.json`
 * 2.9 MB (44,121 titles; a job title is matched against all of them).
 */
export const LIMITS = {
  occupation: 1 << 20, // 1 MiB
  index: 1 << 20, // 1 MiB
  titles: 8 << 20, // 8 MiB
} as const;
/** The largest occupation document accepted (1 MiB). */
export const MAX_BYTES = LIMITS.occupation;
const tooLarge = (what: string, max: number) =>
  new LoadError('invalid-data', `${what === 'this occupation' ? 'The document' : what} is larger than ${max / (1 << 20)} MB, the most a card accepts.`);

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
  for (const p of parts) all.set(p, at), (at += p.byteLength);
  return new TextDecoder().decode(all);
}

/**
 * GET a JSON file of the data API with a timeout, a size cap and a typed error for each way it
 * can fail. `what` names the file in messages; `maxBytes` is its kind's cap (LIMITS). Used for
 * documents, the index and titles.
 */
export async function fetchJson(
  url: string,
  { timeout = TIMEOUT, fresh = false, what = 'this occupation', maxBytes = LIMITS.occupation as number } = {},
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
      throw ctrl.signal.aborted
        ? new LoadError('timeout', `No answer from the data server within ${ms / 1000} s.`)
        : new LoadError('network', 'The data server could not be reached.');
    }
    if (res.status === 404 || res.status === 410) throw new LoadError('not-found', `No data for ${what} (HTTP ${res.status}).`);
    if (!res.ok) {
      const after = res.headers.get('Retry-After');
      throw new LoadError('http', `The data server answered HTTP ${res.status}.${after ? ` It asks to retry after ${after}${/^\d+$/.test(after) ? ' s' : ''}.` : ''}`);
    }
    // An HTML page (a login wall, a CDN error page, an SPA fallback) is never our JSON.
    if (/html/i.test(res.headers.get('Content-Type') ?? ''))
      throw new LoadError('invalid-json', 'The data server sent an HTML page, not JSON: check data-source.');
    try {
      text = await readCapped(res, maxBytes, what);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw ctrl.signal.aborted
        ? new LoadError('timeout', `The data took longer than ${ms / 1000} s to arrive.`)
        : new LoadError('network', 'The connection broke while loading data.');
    }
  } finally {
    clearTimeout(timer);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('invalid-json', 'The data server sent something that is not JSON.');
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
  throw new LoadError('invalid-data', `Invalid data at ${r.path}: ${r.message}.`, r.path);
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
