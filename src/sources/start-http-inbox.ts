import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Deps } from '../deps.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import { MAX_SOURCE_BYTES, ingestWireBytes } from '../ingest/ingest-wire-bytes.js';
import { ingestTextItem } from './ingest-text-item.js';
import { linkVersions } from './link-versions.js';
import { readInboxBody } from './read-inbox-body.js';

export interface HttpInboxOptions {
  port: number;
  host: string;
  token: string;
  onIngested?: (report: IngestReport) => unknown;
  /** largest body accepted; larger is 413 (default 1 MB: a wire dispatch is a few KB) */
  maxBytes?: number;
}

export interface HttpInbox {
  /** the port actually bound (useful with port 0) */
  port: number;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The HTTP inbox: `POST /ingest` (bearer token, text/plain wire text or application/json
 * ninjs-like item) answers with the ingest report; `GET /healthz` answers 200. Ingestion is
 * idempotent (the same text is one dispatch), so a client may safely retry.
 */
export async function startHttpInbox(deps: Pick<Deps, 'stores' | 'clock' | 'logger'>, options: HttpInboxOptions): Promise<HttpInbox> {
  const maxBytes = Math.min(options.maxBytes ?? 1024 * 1024, MAX_SOURCE_BYTES);
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
    const body = readInboxBody(req.headers['content-type'] ?? '', bytes, now);
    if (body.kind === 'bad') return send(res, body.status, { error: body.reason });
    const report =
      body.kind === 'wire'
        ? await ingestWireBytes(deps.stores.dispatches, { source: 'http-inbox', bytes: body.bytes }, now)
        : await ingestTextItem(deps.stores.dispatches, body.item, now);
    await linkVersions(deps.stores.dispatches, report, { edited: body.kind === 'item' && body.item.source !== 'http-inbox' }, now);
    deps.logger.info({ added: report.added, duplicates: report.duplicates, rejected: report.rejected.length }, 'http inbox ingest');
    if (report.added > 0) await options.onIngested?.(report);
    const usable = report.added + report.duplicates > 0 || report.rejected.length === 0;
    return send(res, usable ? 200 : 422, report);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'http inbox request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error; the request was not stored' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
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
