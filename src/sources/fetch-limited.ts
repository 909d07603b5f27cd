/** What a conditional GET remembered from the last successful fetch. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; contentType: string; etag: string | null; lastModified: string | null }
  | { status: 'failed'; reason: string };

/** Default limits for feeds and pages: generous for a wire feed, small enough to refuse a runaway body. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

/**
 * GETs `url` with conditional headers, a timeout and a size cap. The body is read chunk by
 * chunk and the connection dropped as soon as it passes the cap, so an endless or huge body
 * is refused without being held in memory. Failures are values with a reason, not exceptions.
 */
export async function fetchLimited(url: string, validators: Validators, limits: FetchLimits): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain, text/html;q=0.5, */*;q=0.1' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { status: 'failed', reason: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel();
      return { status: 'failed', reason: tooLarge(declared, limits.maxBytes) };
    }
    const body = await readCapped(response, limits.maxBytes);
    if (body === null) return { status: 'failed', reason: tooLarge(null, limits.maxBytes) };
    return {
      status: 'ok',
      bytes: body,
      contentType: response.headers.get('content-type') ?? '',
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    if (controller.signal.aborted) return { status: 'failed', reason: `no complete answer within ${limits.timeoutMs} ms (timed out)` };
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return { status: 'failed', reason: `cannot fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(declared: number | null, maxBytes: number): string {
  const limit = `the ${maxBytes.toLocaleString('en')}-byte limit`;
  return declared === null
    ? `body is over ${limit}; stopped reading there`
    : `body is ${declared.toLocaleString('en')} bytes, over ${limit}; not read`;
}

/** Reads the body up to `maxBytes`; returns null (and cancels the stream) once it goes past. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
