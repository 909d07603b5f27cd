import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../deps.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, storePreparedSourceInSteps } from '../ingest/ingest-wire-bytes.js';
import { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts, httpServerOptions, limitIdleSockets, listenOn } from '../app/http-timeouts.js';
import { isStoreBusy } from '../store/is-store-busy.js';
import { type PrepareSource, prepareHere } from './ingest-inbox-file.js';
import { ingestTextItem } from './ingest-text-item.js';
import { linkVersions } from './link-versions.js';
import { type InboxBody, readInboxBody } from './read-inbox-body.js';
import { type BusyRetryOptions, retryWhileBusy } from './retry-while-busy.js';

export interface HttpInboxOptions {
  port: number;
  host: string;
  token: string;
  onIngested?: (report: IngestReport) => unknown;
  /** largest body accepted; larger is 413 (default 1 MB: a wire dispatch is a few KB) */
  maxBytes?: number;
  /** prepares posted wire text for the store (default: in this thread); the bot passes its prepare worker */
  prepare?: PrepareSource;
  /** how long a slow client may hold a connection */
  timeouts?: HttpTimeouts;
  /** how a write the store could not take yet (another process writing) is retried before the post gets 503 */
  busyRetry?: BusyRetryOptions;
}

export interface HttpInbox {
  /** the port actually bound (useful with port 0) */
  port: number;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The source a JSON item's `uri` is stored under: scoped to the inbox and to the token that posted
 * it, so a post can only ever name (and supersede, as an edit) what this inbox stored with this
 * token, never a file, a feed item or a channel post.
 */
export function inboxItemScope(token: string): string {
  return `http-inbox:${digest(token).toString('hex').slice(0, 12)}`;
}

/**
 * The HTTP inbox: `POST /ingest` (bearer token, text/plain wire text or application/json
 * ninjs-like item) answers with the ingest report; `GET /healthz` answers 200. Ingestion is
 * idempotent (the same text is one dispatch), so a client may safely retry.
 */
export async function startHttpInbox(deps: Pick<Deps, 'stores' | 'clock' | 'logger'>, options: HttpInboxOptions): Promise<HttpInbox> {
  const maxBytes = Math.min(options.maxBytes ?? 1024 * 1024, MAX_SOURCE_BYTES);
  const timeouts = options.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const prepare = options.prepare ?? prepareHere;
  const scope = inboxItemScope(options.token);
  const expected = digest(options.token);
  const authorised = (header: string | undefined) => {
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    return match !== null && timingSafeEqual(digest(match[1]!.trim()), expected);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://inbox').pathname;
    if (path === '/healthz' && req.method === 'GET') return send(res, 200, { ok: true });
    if (path !== '/ingest') return send(res, 404, { error: 'not found: use POST /ingest or GET /healthz' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });
    if (!authorised(req.headers.authorization)) {
      return send(res, 401, { error: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return refuseOversize(req, res, maxBytes);
    const bytes = await readBody(req, maxBytes);
    if (bytes === null) return refuseOversize(req, res, maxBytes);
    const now = deps.clock.now();
    const body = readInboxBody(req.headers['content-type'] ?? '', bytes, now, scope);
    if (body.kind === 'bad') return send(res, body.status, { error: body.reason });
    let report: IngestReport;
    try {
      report = await storeBody(body, now);
    } catch (error) {
      if (!isStoreBusy(error)) throw error;
      deps.logger.warn({ err: error }, 'http inbox: the store stayed busy; the client is asked to retry');
      return send(res, 503, { error: 'the store is busy with another writer; nothing was stored, retry shortly' }, { 'retry-after': '5' });
    }
    deps.logger.info({ added: report.added, duplicates: report.duplicates, rejected: report.rejected.length }, 'http inbox ingest');
    if (report.added > 0) await options.onIngested?.(report);
    const usable = report.added + report.duplicates > 0 || report.rejected.length === 0;
    return send(res, usable ? 200 : 422, report);
  };

  /** Stores a usable body, each store step retried while another process holds the store. */
  const storeBody = async (body: Exclude<InboxBody, { kind: 'bad' }>, now: Date): Promise<IngestReport> => {
    const store = deps.stores.dispatches;
    const retry = { ...options.busyRetry, onRetry: (attempt: number) => deps.logger.info({ attempt }, 'http inbox: the store is busy; retrying') };
    const report =
      body.kind === 'wire'
        ? await retryWhileBusy(async () => storePreparedSourceInSteps(store, await prepare({ source: 'http-inbox', bytes: body.bytes }, now), now), retry)
        : await retryWhileBusy(() => ingestTextItem(store, body.item, now), retry);
    await retryWhileBusy(() => linkVersions(store, report, { edited: body.kind === 'item' && body.item.source !== 'http-inbox' }, now), retry);
    return report;
  };

  const server = createServer(httpServerOptions(timeouts), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'http inbox request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error; the request was not stored' });
      else res.destroy();
    });
  });
  limitIdleSockets(server, timeouts);
  await listenOn(server, options.port, options.host, 'HTTP inbox');
  const { port } = server.address() as AddressInfo;
  deps.logger.info({ host: options.host, port }, 'http inbox listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Answers 413 and drops the rest of the body unread into memory (drained, then the connection closed). */
function refuseOversize(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  send(res, 413, { error: `the body is over the ${maxBytes.toLocaleString('en')}-byte limit` }, { connection: 'close' });
  req.resume();
}

/** Reads the body up to `maxBytes`; null once it goes past (the rest is left to `refuseOversize`). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
  });
}
