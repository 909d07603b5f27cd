import type { Server, ServerOptions } from 'node:http';
import { StartupError } from '../errors.js';

/** How long an HTTP server waits on a client before it drops the connection. */
export interface HttpTimeouts {
  /** for the request's headers to arrive */
  headersMs: number;
  /** for the whole request, headers and body */
  requestMs: number;
  /** a keep-alive connection with no request, or a socket with no traffic either way */
  idleMs: number;
}

/** A wire dispatch or a health check is a few KB: a client slower than this is gone or hostile. */
export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 30_000 };

/**
 * Options for `createServer` that bound how long a slow client may hold a connection (Node's own
 * defaults let one hold it for five minutes, checked only every 30 s).
 */
export function httpServerOptions(timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS): ServerOptions {
  const headersTimeout = Math.min(timeouts.headersMs, timeouts.requestMs);
  return {
    headersTimeout,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.idleMs,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeout / 2))),
  };
}

/** Drops a socket with no traffic for `idleMs` (a client that stopped reading its answer, say). */
export function limitIdleSockets(server: Server, timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS): void {
  server.setTimeout(timeouts.idleMs, (socket) => socket.destroy());
}

/**
 * Binds `server` to `port` on `host`; rejects with a message naming the address when it cannot
 * (EADDRINUSE, EACCES), so start-up can end with one clear line.
 */
export function listenOn(server: Server, port: number, host: string | undefined, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${host ?? '0.0.0.0'}:${port}`;
      const why = error.code === 'EADDRINUSE' ? 'the port is in use by another process' : error.message;
      reject(new StartupError(`the ${what} cannot listen on ${where}: ${why}`, { port, host }, { cause: error }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
