import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts, httpServerOptions, limitIdleSockets, listenOn } from '../app/http-timeouts.js';
import type { Logger } from '../logger.js';

/** How long `close()` lets requests in flight finish before it drops their connections. */
const CLOSE_GRACE_MS = 10_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface HttpServer {
  /** the port actually bound (useful with port 0) */
  port: number;
  /** Serves `method path` from now on (the webhook is added once the bot knows itself). */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Stops listening; requests in flight finish first (an update being answered is answered). */
  close(): Promise<void>;
}

export interface HttpServerOptions {
  port: number;
  /** absent: every interface */
  host?: string;
  logger: Logger;
  /** named in logs and in a bind failure: "HTTP server", "webhook server", "ops server" */
  name: string;
  /** how long a slow client may hold a connection (default DEFAULT_HTTP_TIMEOUTS) */
  timeouts?: HttpTimeouts;
}

/** Sends a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The process's one HTTP server: the Telegram webhook, the inbox, /healthz and /metrics are routes
 * on it (exact path, then method). An unknown path is 404 naming the routes there are; a known path
 * with another method is 405 with Allow. A handler that throws is logged and answered 500. A slow
 * client is dropped (header, request and idle timeouts); a port that cannot be bound is one
 * StartupError naming the address.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const routes = new Map<string, Map<string, RouteHandler>>();
  const describeRoutes = () => [...routes].flatMap(([path, methods]) => [...methods.keys()].map((method) => `${method} ${path}`)).join(', ');

  const timeouts = options.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const server = createServer(httpServerOptions(timeouts), (req, res) => {
    const path = new URL(req.url ?? '/', 'http://wirebrief').pathname;
    const methods = routes.get(path);
    if (!methods) return sendJson(res, 404, { error: `not found: use ${describeRoutes()}` });
    const handler = methods.get(req.method ?? 'GET');
    if (!handler) {
      const allowed = [...methods.keys()].join(', ');
      return sendJson(res, 405, { error: `use ${allowed}` }, { allow: allowed });
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        options.logger.error({ err: error, path }, `${options.name} request failed`);
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
  });
  limitIdleSockets(server, timeouts);
  await listenOn(server, options.port, options.host, options.name);
  const { port } = server.address() as AddressInfo;
  options.logger.info({ host: options.host, port }, `${options.name} listening`);
  return {
    port,
    route(method, path, handler) {
      const methods = routes.get(path) ?? new Map<string, RouteHandler>();
      methods.set(method, handler);
      routes.set(path, methods);
    },
    close: () =>
      new Promise<void>((resolve) => {
        // requests in flight (an update being answered) get a grace period; idle keep-alives go now
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
