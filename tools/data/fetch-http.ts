/**
 * One HTTP download to a file, the way public data servers want to be asked: a descriptive
 * User-Agent (BLS answers "Access Denied" to anonymous clients), retries with exponential backoff
 * on transient failures (network errors, timeouts, 408, 429, 5xx), `Retry-After` honoured, and an
 * idle timeout so a stalled connection fails instead of hanging.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { BuildError } from './errors.ts';

export interface HttpOptions {
  userAgent: string;
  /** Retries after the first attempt (default 4, so 5 attempts). */
  retries?: number;
  /** First backoff delay; doubled on each retry (default 1 s). */
  backoffMs?: number;
  /** Longest `Retry-After` wait accepted (default 2 min); a longer one fails with a message. */
  maxRetryAfterMs?: number;
  /** Fail an attempt when no byte arrives for this long (default 60 s). */
  timeoutMs?: number;
  /** Injected in tests to record the waits instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** Told about each retry (progress output). */
  onRetry?: (info: { attempt: number; reason: string; waitMs: number }) => void;
}

export interface Downloaded {
  size: number;
  sha256: string;
  contentType: string;
  /** The first bytes, to recognise HTML error pages and archives. */
  head: Uint8Array;
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Why one attempt failed, and whether trying again can help. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Parse a Retry-After header: delay in seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Download `url` into `file`. `what` names the download in messages ("oews-2024 → bls-oews/…").
 * Throws a BuildError naming the file, the URL, what went wrong and what to do.
 */
export async function download(url: string, file: string, what: string, options: HttpOptions): Promise<Downloaded> {
  const retries = options.retries ?? 4;
  const backoff = options.backoffMs ?? 1000;
  const maxWait = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? defaultSleep;
  let last: AttemptError | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    try {
      return await attemptOnce(url, file, options);
    } catch (e) {
      if (!(e instanceof AttemptError)) throw e;
      last = e;
      if (!e.retry || attempt > retries) break;
      const wait = e.retryAfterMs ?? backoff * 2 ** (attempt - 1);
      if (wait > maxWait) {
        throw new BuildError(`${what}: the server asks to wait ${Math.ceil(wait / 1000)} s before retrying (${e.message}).`, {
          file: url,
          fix: 'Run npm run data:fetch again later.',
        });
      }
      options.onRetry?.({ attempt, reason: e.message, waitMs: wait });
      await sleep(wait);
    }
  }
  const attempts = last?.retry && retries > 0 ? ` (gave up after ${retries + 1} attempts)` : '';
  throw new BuildError(`${what}: download failed: ${last?.message}${attempts}.`, {
    file: url,
    fix: last?.retry
      ? 'Check the network connection (and any proxy), then run npm run data:fetch again.'
      : last?.status === 401 || last?.status === 403
        ? 'The server refused this client. BLS refuses clients it cannot identify: set AI_RISK_CARD_USER_AGENT (or --user-agent) to a User-Agent with your contact e-mail, for example "ai-risk-card data:fetch (you@example.org)", and run npm run data:fetch again.'
        : 'Open the URL in a browser. If the publisher moved the file, put the new address in "url" in tools/data/sources.manifest.json and record its checksum with npm run data:fetch -- --update-manifest.',
  });
}

async function attemptOnce(url: string, file: string, options: HttpOptions): Promise<Downloaded> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const fail = (e: unknown): never => {
    if (timedOut) throw new AttemptError(`no data received for ${timeoutMs / 1000} s (timeout)`, true);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? '';
    const known: Record<string, string> = {
      ENOTFOUND: `cannot resolve the host ${URL.canParse(url) ? new URL(url).host : url} (offline, or DNS blocked)`,
      ECONNREFUSED: 'connection refused',
      ECONNRESET: 'connection reset',
      ETIMEDOUT: 'connection timed out',
    };
    throw new AttemptError(
      `network error: ${known[code] ?? cause?.message ?? (e as Error).message}${code ? ` (${code})` : ''}`,
      true,
    );
  };

  arm();
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
      redirect: 'follow',
      signal: controller.signal,
    });
  } catch (e) {
    clearTimeout(timer);
    return fail(e);
  }
  if (!res.ok) {
    clearTimeout(timer);
    await res.body?.cancel().catch(() => {});
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    throw new AttemptError(status, RETRY_STATUS.has(res.status), retryAfterMs(res.headers.get('retry-after')), res.status);
  }

  const hash = createHash('sha256');
  const out = createWriteStream(file);
  let size = 0;
  const headParts: Uint8Array[] = [];
  let headSize = 0;
  try {
    const reader = res.body?.getReader();
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      const chunk = next.value;
      arm();
      hash.update(chunk);
      size += chunk.length;
      if (headSize < 512) {
        headParts.push(chunk.subarray(0, 512 - headSize));
        headSize += Math.min(chunk.length, 512 - headSize);
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (e) {
    out.destroy();
    if (e instanceof AttemptError) throw e;
    if ((e as NodeJS.ErrnoException).syscall) throw e; // a local write error, not the network
    return fail(e);
  } finally {
    clearTimeout(timer);
  }
  return {
    size,
    sha256: hash.digest('hex'),
    contentType: res.headers.get('content-type') ?? '',
    head: Buffer.concat(headParts),
  };
}
