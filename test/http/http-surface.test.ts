import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { type Services, startServices } from '../../src/app/start-services.js';
import { type Clock, fixedClock, systemClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { addOpsRoutes } from '../../src/http/ops-routes.js';
import { startHttpServer } from '../../src/http/start-http-server.js';
import { type Metrics, createMetrics } from '../../src/metrics/create-metrics.js';
import { instrumentLlm } from '../../src/metrics/instrument-llm.js';
import { type Stores, openStores } from '../../src/store/open-stores.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { runBot } from '../../src/telegram/run-bot.js';
import { type FakeBotApi, startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const token = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const logger = pino({ level: 'silent' });
const start = { update_id: 1, message: { message_id: 1, date: 1_770_000_000, chat: { id: 321, type: 'private', first_name: 'Reader' }, from: { id: 321, is_bot: false, first_name: 'Reader', language_code: 'en' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } };

/** The samples of one metric family from a scrape parsed as Prometheus text. */
function samples(families: PrometheusFamily[], name: string) {
  const family = families.find((f) => f.name === name);
  if (!family) throw new Error(`no ${name} in the scrape`);
  return family.metrics;
}
const valueOf = (families: PrometheusFamily[], name: string, labels: Record<string, string> = {}) =>
  Number(samples(families, name).find((s) => Object.entries(labels).every(([k, v]) => s.labels?.[k] === v))?.value ?? Number.NaN);


/** The services of `wirebrief bot` on a fresh store against a fake Bot API, for the length of `body`. */
async function withServices(
  env: Record<string, string>,
  deps: { clock?: Clock; metrics?: Metrics },
  body: (context: { services: Services; stores: Stores; api: FakeBotApi; config: Config }) => Promise<void>,
): Promise<void> {
  const api = await startFakeBotApi({ ...testBotInfo });
  const stores = openStores(join(tempDir(), 'store.db'));
  const config = loadConfig({ TELEGRAM_API_ROOT: api.apiRoot, ...env });
  try {
    const services = await startServices({ config, stores, llm: null, logger, clock: deps.clock ?? systemClock, presenter: telegramPresenter, ...(deps.metrics ? { metrics: deps.metrics } : {}) }, token);
    try {
      await body({ services, stores, api, config });
    } finally {
      await services.stop();
    }
  } finally {
    stores.close();
    await api.close();
  }
}

describe('one HTTP server: webhook, inbox, /healthz and /metrics', () => {
  it('serves the webhook, the inbox, health and metrics on one port, and the scrape counts what happened', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    let calls = 0;
    const llm = instrumentLlm({ generate: async () => ((calls += 1) === 1 ? Promise.reject(new Error('model down')) : ({} as never)) }, metrics);
    const env = { WEBHOOK_URL: 'https://bot.example.com/hook', WEBHOOK_SECRET: 's3cret-token', WIREBRIEF_HTTP_PORT: '0', WIREBRIEF_HTTP_TOKEN: 'inbox-token' };
    await withServices(env, { metrics }, async ({ services, stores, api, config }) => {
      const controller = new AbortController();
      const running = runBot(token, { config, stores, llm: null, logger, clock: systemClock, metrics }, controller.signal, { server: services.http.server! });
      try {
        const base = `http://127.0.0.1:${services.http.server!.port}`;
        await api.waitFor((c) => c.method === 'setWebhook');
        const hook = await fetch(`${base}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' }, body: JSON.stringify(start) });
        expect(hook.status).toBe(200);
        await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 321);

        const ingest = await fetch(`${base}/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Bearer inbox-token' }, body: readFileSync(seedPath) });
        expect(ingest.status).toBe(200);
        const garbage = await fetch(`${base}/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Bearer inbox-token' }, body: 'no dateline, no agency, nothing a wire would send' });
        expect(garbage.status).toBe(422);
        const question = { update_id: 2, message: { ...start.message, message_id: 2, text: 'what did Putin say about BRICS', entities: [] } };
        await fetch(`${base}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 's3cret-token' }, body: JSON.stringify(question) });
        await api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('بريكس'));
        await stores.outbox.enqueue([{ key: 'test:1', chatId: 555, kind: 'broadcast', text: 'hello', notBefore: new Date(0).toISOString() }], new Date());
        await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 555);
        // the sender marks rows sent in small batches after Telegram's answer: wait (bounded) for the mark
        for (let i = 0; i < 200 && (await stores.outbox.counts()).sent < 1; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
        await expect(llm.generate({ name: 'x', system: '', user: '', schema: {} as never })).rejects.toThrow('model down');
        await llm.generate({ name: 'x', system: '', user: '', schema: {} as never });

        const scrape = await fetch(`${base}/metrics`);
        expect(scrape.status).toBe(200);
        expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
        const families = parsePrometheusTextFormat(await scrape.text());
        expect(valueOf(families, 'wirebrief_updates_total', { type: 'message' })).toBe(2);
        expect(samples(families, 'wirebrief_update_duration_seconds')[0]?.count).toBe('2');
        expect(valueOf(families, 'wirebrief_answers_total', { mode: 'extractive', found: 'true' })).toBe(1);
        expect(valueOf(families, 'wirebrief_telegram_messages_sent_total', { method: 'sendMessage' })).toBeGreaterThanOrEqual(3);
        expect(valueOf(families, 'wirebrief_dispatches_ingested_total')).toBe(1);
        expect(valueOf(families, 'wirebrief_outbox_rows', { status: 'sent' })).toBe(1);
        expect(valueOf(families, 'wirebrief_llm_calls_total', { outcome: 'failed' })).toBe(1);
        expect(valueOf(families, 'wirebrief_llm_calls_total', { outcome: 'ok' })).toBe(1);
        expect(samples(families, 'wirebrief_llm_call_duration_seconds')[0]?.count).toBe('2');
        expect(valueOf(families, 'wirebrief_dispatches_rejected_total')).toBe(1);
        for (const name of ['wirebrief_telegram_429_total', 'wirebrief_feed_polls_total']) {
          expect(families.some((f) => f.name === name), name).toBe(true);
        }

        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ ok: true, store: { ok: true }, scheduler: { ok: true, lastTickAt: expect.any(String) }, sender: { ok: true, lastLoopAt: expect.any(String) } });
        expect((await fetch(`${base}/nowhere`)).status).toBe(404);
        const wrongMethod = await fetch(`${base}/metrics`, { method: 'POST' });
        expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET']);
      } finally {
        controller.abort();
        await running;
      }
    });
  }, 30_000);

  it('/healthz answers 503 naming the part that stopped: a scheduler that has not ticked for minutes', async () => {
    const clock = fixedClock('2026-02-05T08:00:00Z');
    await withServices({ WIREBRIEF_HTTP_PORT: '0' }, { clock }, async ({ services }) => {
      const url = `http://127.0.0.1:${services.http.server!.port}/healthz`;
      expect((await fetch(url)).status).toBe(200);
      clock.advance(10 * 60_000); // the sender keeps looping (and beating); the scheduler's next tick is a real minute away
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, store: { ok: true }, scheduler: { ok: false, lastTickAt: '2026-02-05T08:00:00.000Z' } });
    });
  }, 30_000);

  it('/healthz answers 503 when the store cannot be read', async () => {
    const stores = openStores(join(tempDir(), 'store.db'));
    const clock = fixedClock('2026-02-05T08:00:00Z');
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.beat('scheduler', clock.now());
    metrics.beat('sender', clock.now());
    const server = await startHttpServer({ port: 0, host: '127.0.0.1', logger, name: 'test' });
    addOpsRoutes(server, { outbox: stores.outbox, metrics, clock });
    try {
      const url = `http://127.0.0.1:${server.port}/healthz`;
      expect((await fetch(url)).status).toBe(200);
      stores.close();
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, store: { ok: false, error: expect.stringMatching(/not open/) }, scheduler: { ok: true }, sender: { ok: true } });
    } finally {
      await server.close();
    }
  });

  it('with WIREBRIEF_OPS_PORT, /healthz and /metrics are served only on the private port', async () => {
    await withServices({ WIREBRIEF_HTTP_PORT: '0', WIREBRIEF_HTTP_TOKEN: 'inbox-token', WIREBRIEF_OPS_PORT: '0' }, {}, async ({ services }) => {
      const pub = `http://127.0.0.1:${services.http.server!.port}`;
      const ops = `http://127.0.0.1:${services.http.ops!.port}`;
      expect(services.http.ops!.port).not.toBe(services.http.server!.port);
      expect((await fetch(`${pub}/healthz`)).status).toBe(404);
      expect((await fetch(`${pub}/metrics`)).status).toBe(404);
      expect((await fetch(`${pub}/ingest`, { method: 'POST', body: 'x' })).status).toBe(401);
      expect((await fetch(`${ops}/healthz`)).status).toBe(200);
      expect(parsePrometheusTextFormat(await (await fetch(`${ops}/metrics`)).text()).some((f) => f.name === 'process_resident_memory_bytes')).toBe(true);
      expect((await fetch(`${ops}/ingest`, { method: 'POST', body: 'x' })).status).toBe(404);
    });
  }, 30_000);

  it('is off when no port is set', async () => {
    await withServices({}, {}, async ({ services }) => {
      expect([services.http.server, services.http.ops]).toEqual([null, null]);
    });
  });
});
