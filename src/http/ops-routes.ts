import type { Clock } from '../clock.js';
import type { Heartbeat, Metrics } from '../metrics/create-metrics.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { checkHealth } from './check-health.js';
import { type HttpServer, sendJson } from './start-http-server.js';

/** `GET /healthz` (JSON, 200 or 503) and `GET /metrics` (Prometheus text) on `server`. */
export function addOpsRoutes(
  server: Pick<HttpServer, 'route'>,
  deps: { outbox: Pick<OutboxStore, 'counts'>; metrics: Metrics; clock: Clock },
  expect: readonly Heartbeat[] | (() => readonly Heartbeat[]) = ['scheduler', 'sender'],
): void {
  server.route('GET', '/healthz', async (_req, res) => {
    // a function: the parts this process runs now (a replica that does not lead runs neither)
    const report = await checkHealth(deps, typeof expect === 'function' ? expect() : expect);
    sendJson(res, report.ok ? 200 : 503, report, { 'cache-control': 'no-store' });
  });
  server.route('GET', '/metrics', async (_req, res) => {
    const text = await deps.metrics.registry.metrics();
    res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
    res.end(text);
  });
}
