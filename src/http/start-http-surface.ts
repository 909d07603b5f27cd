import type { Deps } from '../deps.js';
import type { Heartbeat, Metrics } from '../metrics/create-metrics.js';
import { DEFAULT_HTTP_TIMEOUTS } from '../app/http-timeouts.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import type { PrepareSource } from '../sources/ingest-inbox-file.js';
import { createInboxRoute } from '../sources/start-http-inbox.js';
import { addOpsRoutes } from './ops-routes.js';
import { type HttpServer, startHttpServer } from './start-http-server.js';

export interface HttpSurface {
  /** the public server (webhook, inbox, and /healthz + /metrics unless they are private), or null when off */
  server: HttpServer | null;
  /** the private server for /healthz and /metrics (WIREBRIEF_OPS_PORT), or null */
  ops: HttpServer | null;
  close(): Promise<void>;
}

/**
 * Where the public server listens and what to call it: WIREBRIEF_HTTP_PORT, else the webhook's
 * port (every interface, as the webhook always did) when there is a webhook; null: off.
 */
export function publicListen(config: Deps['config']): { port: number; host?: string; what: string } | null {
  if (config.WIREBRIEF_HTTP_PORT !== undefined) return { port: config.WIREBRIEF_HTTP_PORT, host: config.WIREBRIEF_HTTP_HOST, what: 'HTTP server' };
  if (config.WEBHOOK_URL) return { port: config.WEBHOOK_PORT ?? 8080, what: 'webhook server' };
  return null;
}

/**
 * The process's HTTP surface, off unless a port is set: one public server for the webhook (mounted
 * by the bot), the inbox (`POST /ingest`, with WIREBRIEF_HTTP_TOKEN), `GET /healthz` and
 * `GET /metrics`; with WIREBRIEF_OPS_PORT the last two move to a private server of their own.
 */
export async function startHttpSurface(
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'logger'> & { metrics: Metrics },
  options: { onIngested?: (report: IngestReport) => unknown; prepare?: PrepareSource; healthExpects?: () => readonly Heartbeat[] } = {},
): Promise<HttpSurface> {
  const { config, logger } = deps;
  const listen = publicListen(config);
  const opsDeps = { outbox: deps.stores.outbox, metrics: deps.metrics, clock: deps.clock };
  // Telegram may take up to a minute to send an update's body; other clients get the default limits.
  const timeouts = config.WEBHOOK_URL ? { ...DEFAULT_HTTP_TIMEOUTS, requestMs: 60_000 } : DEFAULT_HTTP_TIMEOUTS;
  const server = listen ? await startHttpServer({ port: listen.port, ...(listen.host ? { host: listen.host } : {}), logger, name: listen.what, timeouts }) : null;
  try {
    if (server && config.WIREBRIEF_HTTP_TOKEN) {
      const { onIngested, prepare } = options;
      server.route('POST', '/ingest', createInboxRoute(deps, { token: config.WIREBRIEF_HTTP_TOKEN, ...(onIngested ? { onIngested } : {}), ...(prepare ? { prepare } : {}) }));
    } else if (server) {
      logger.info('http inbox off: no WIREBRIEF_HTTP_TOKEN');
    }
    const ops =
      config.WIREBRIEF_OPS_PORT !== undefined ? await startHttpServer({ port: config.WIREBRIEF_OPS_PORT, host: config.WIREBRIEF_OPS_HOST, logger, name: 'ops server' }) : server;
    if (ops) addOpsRoutes(ops, opsDeps, options.healthExpects);
    const privateOps = ops !== server ? ops : null;
    return {
      server,
      ops: privateOps,
      async close() {
        await Promise.all([server?.close(), privateOps?.close()]);
      },
    };
  } catch (error) {
    await server?.close();
    throw error;
  }
}
