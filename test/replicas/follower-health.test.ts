import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { type Services, startServices } from '../../src/app/start-services.js';
import { createMetrics } from '../../src/metrics/create-metrics.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';

const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const backend = useStoreBackends().find((b) => b.name === 'postgres') as ReturnType<typeof useStoreBackends>[number];

describe.skipIf(!testDatabaseUrl)('/healthz of replicas on one PostgreSQL', () => {
  it('the leader answers for its scheduler and sender; a replica that does not lead is healthy without them', async () => {
    const location = backend.fresh();
    const api = await startFakeBotApi({ ...testBotInfo });
    const config = loadConfig({ TELEGRAM_API_ROOT: api.apiRoot, WIREBRIEF_HTTP_PORT: '0' });
    const started: Services[] = [];
    const metrics = [createMetrics({ defaultMetrics: false }), createMetrics({ defaultMetrics: false })];
    try {
      for (const m of metrics) {
        const deps = { config, stores: await location.open(), llm: null, logger: pino({ level: 'silent' }), clock: systemClock, presenter: telegramPresenter, metrics: m };
        started.push(await startServices(deps, token));
      }
      const health = async (services: Services) => {
        const res = await fetch(`http://127.0.0.1:${services.http.server?.port}/healthz`);
        return { status: res.status, body: (await res.json()) as { scheduler: { lastTickAt: string | null }; sender: { ok: boolean } } };
      };
      const [leader, follower] = await Promise.all(started.map(health));
      expect(leader?.status).toBe(200);
      expect(leader?.body.scheduler.lastTickAt).not.toBeNull();
      // the follower never ticked nor looped, and is healthy: a load balancer keeps it
      expect(follower?.status).toBe(200);
      expect(follower?.body.scheduler.lastTickAt).toBeNull();
      expect(metrics[1]?.lastBeat('sender')).toBeNull();
    } finally {
      for (const services of started) await services.stop();
      await api.close();
    }
  });
});
