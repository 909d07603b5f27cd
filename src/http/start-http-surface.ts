import type { Deps } from '../deps.js';
import type { Metrics } from '../metrics/create-metrics.js';
import type { IngestReport } from '../ingest/ingest-report.js';
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

/** Where the public server listens: WIREBRIEF_HTTP_PORT, else the webhook's port when there is a webhook; null: off. */
export function publicListen(config: Deps['config']): { port: number; host?: string } | null {
  if (config.WIREBRIEF_HTTP_PORT !== undefined) return { port: config.WIREBRIEF_HTTP_PORT, host: config.WIREBRIEF_HTTP_HOST };
  if (config.WEBHOOK_URL) return { port: config.WEBHOOK_PORT ?? 8080 };
  return null;
}

/**
 * The process's HTTP surface, off unless a port is set: one public server for the webhook (mounted
 * by the bot), the inbox (`POST /ingest`, with WIREBRIEF_HTTP_TOKEN), `GET /healthz` and
 * `GET /metrics`; with WIREBRIEF_OPS_PORT the last two move to a private server of their own.
 */
export async function startHttpSurface(
  deps: Pick<Deps, 'config' | 'stores' | 'clock' | 'logger'> & { metrics: Metrics },
  options: { onIngested?: (report: IngestReport) => unknown } = {},
): Promise<HttpSurface> {
  const { config, logger } = deps;
  const listen = publicListen(config);
  const opsDeps = { outbox: deps.stores.outbox, metrics: deps.metrics, clock: deps.clock };
  const server = listen ? await startHttpServer({ ...listen, logger, name: 'http' }) : null;
  try {
    if (server && config.WIREBRIEF_HTTP_TOKEN) {
      server.route('POST', '/ingest', createInboxRoute(deps, { token: config.WIREBRIEF_HTTP_TOKEN, ...(options.onIngested ? { onIngested: options.onIngested } : {}) }));
    } else if (server) {
      logger.info('http inbox off: no WIREBRIEF_HTTP_TOKEN');
    }
    const ops =
      config.WIREBRIEF_OPS_PORT !== undefined ? await startHttpServer({ port: config.WIREBRIEF_OPS_PORT, host: config.WIREBRIEF_OPS_HOST, logger, name: 'ops' }) : server;
    if (ops) addOpsRoutes(ops, opsDeps);
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
