import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '../deps.js';
import { type RouteHandler, sendJson as send, startHttpServer } from '../http/start-http-server.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, ingestWireBytes } from '../ingest/ingest-wire-bytes.js';
import { ingestTextItem } from './ingest-text-item.js';
import { linkVersions } from './link-versions.js';
import { readInboxBody } from './read-inbox-body.js';

export interface InboxRouteOptions {
  token: string;
  onIngested?: (report: IngestReport) => unknown;
  /** largest body accepted; larger is 413 (default 1 MB: a wire dispatch is a few KB) */
  maxBytes?: number;
}

export interface HttpInboxOptions extends InboxRouteOptions {
  port: number;
  host: string;
}

export interface HttpInbox {
  /** the port actually bound (useful with port 0) */
  port: number;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The inbox's `POST /ingest` handler (bearer token, text/plain wire text or application/json
 * ninjs-like item), answering with the ingest report. Ingestion is idempotent (the same text is one
 * dispatch), so a client may safely retry. Mounted on the process's one HTTP server.
 */
export function createInboxRoute(deps: Pick<Deps, 'stores' | 'clock' | 'logger' | 'metrics'>, options: InboxRouteOptions): RouteHandler {
  const maxBytes = Math.min(options.maxBytes ?? 1024 * 1024, MAX_SOURCE_BYTES);
  const expected = digest(options.token);
  const authorised = (header: string | undefined) => {
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    return match !== null && timingSafeEqual(digest(match[1]!.trim()), expected);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!authorised(req.headers.authorization)) {
      return send(res, 401, { error: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return refuseOversize(req, res, maxBytes);
    const bytes = await readBody(req, maxBytes);
    if (bytes === null) return refuseOversize(req, res, maxBytes);
    const now = deps.clock.now();
    const body = readInboxBody(req.headers['content-type'] ?? '', bytes, now);
    if (body.kind === 'bad') return send(res, body.status, { error: body.reason });
    const report =
      body.kind === 'wire'
        ? await ingestWireBytes(deps.stores.dispatches, { source: 'http-inbox', bytes: body.bytes }, now)
        : await ingestTextItem(deps.stores.dispatches, body.item, now);
    await linkVersions(deps.stores.dispatches, report, { edited: body.kind === 'item' && body.item.source !== 'http-inbox' }, now);
    deps.logger.info({ added: report.added, duplicates: report.duplicates, rejected: report.rejected.length }, 'http inbox ingest');
    deps.metrics?.dispatchesRejected.inc(report.rejected.length);
    if (report.added > 0) await options.onIngested?.(report);
    const usable = report.added + report.duplicates > 0 || report.rejected.length === 0;
    return send(res, usable ? 200 : 422, report);
  };

  return handle;
}

/** The inbox alone on its own server (`POST /ingest`, `GET /healthz` answering `{ ok: true }`). */
export async function startHttpInbox(deps: Pick<Deps, 'stores' | 'clock' | 'logger'>, options: HttpInboxOptions): Promise<HttpInbox> {
  const server = await startHttpServer({ port: options.port, host: options.host, logger: deps.logger, name: 'http inbox' });
  server.route('POST', '/ingest', createInboxRoute(deps, options));
  server.route('GET', '/healthz', (_req, res) => send(res, 200, { ok: true }));
  return { port: server.port, close: () => server.close() };
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
