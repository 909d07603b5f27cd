import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPgStores } from '../src/store/pg/open-pg-stores.js';
import { eachLimited } from '../test/helpers/each-limited.js';
import { startLimitedBotApiThread } from '../test/helpers/fake-bot-api-thread.js';
import { pgSchemaUrl } from '../test/helpers/pg-schema-url.js';
import { testBotInfo } from '../test/helpers/recording-bot.js';
import { startBotReplicas } from '../test/helpers/start-bot-replicas.js';
import { benchDatabaseUrl } from './pg-bench.js';

export interface ReplicaFanoutCase {
  /** `wirebrief bot` processes on the one schema */
  replicas: number;
  /** of them, those that ran the outbox sender (the leader: 1 expected) */
  senders: number;
  latency_ms: number;
  /** the global limit the fake enforces (429 past it, sliding second; 1 s per chat too) and the replicas' WIREBRIEF_SEND_RATE */
  limit_per_s: number;
  subscribers: number;
  /** messages the fake accepted (one per subscriber expected) */
  delivered: number;
  /** accepted per second, from the first accepted arrival to the last */
  delivered_per_s: number;
  /** delivered_per_s / limit_per_s */
  of_limit: number;
  /** subscribers no message reached */
  lost: number;
  /** deliveries beyond one per subscriber */
  duplicates: number;
  /** 429s the fake answered (global or per chat) */
  rate_limited: number;
  /** the most requests the fake held at once */
  max_in_flight: number;
  /** from queueing the broadcast to an outbox with nothing pending or sending; null when not within the bound */
  drain_s: number | null;
}

export interface ReplicaFanoutOptions {
  replicas: number;
  latencyMs: number;
  limitPerS: number;
  subscribers: number;
}

/** The cases: the single-process fan-out's round trips at Telegram's free 30/s, 3 replicas beside 1 each time. */
export const replicaFanoutCases = (subscribers: number): ReplicaFanoutOptions[] =>
  [150, 300].flatMap((latencyMs) => [3, 1].map((replicas) => ({ replicas, latencyMs, limitPerS: 30, subscribers })));

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * One broadcast to `subscribers` chats through `replicas` real `wirebrief bot` processes (webhook
 * mode, loopback) on a fresh PostgreSQL schema, against the limited fake Bot API in its own thread
 * (round trip `latencyMs`; 429 with retry_after 1 past `limitPerS` in any sliding second or a second
 * message to a chat within 1 s). Bounded: the outbox must drain within 60 s plus three times the
 * time the limit allows; past it the figures are those of what went out, `drain_s` null.
 */
export async function runReplicaFanoutCase(url: string, options: ReplicaFanoutOptions): Promise<ReplicaFanoutCase> {
  const { replicas: count, latencyMs, limitPerS, subscribers } = options;
  const schema = `wb_bench_fanout_${randomBytes(4).toString('hex')}`;
  const stores = await openPgStores(url, { schema, max: 4 });
  const api = await startLimitedBotApiThread({ perSecond: limitPerS, perChatMs: 1000, retryAfterS: 1, latencyMs, botInfo: { ...testBotInfo } });
  const replicas = startBotReplicas(count, { apiRoot: api.apiRoot, databaseUrl: pgSchemaUrl(url, schema), env: { WIREBRIEF_SEND_RATE: String(limitPerS) } });
  try {
    const now = new Date();
    const chats = Array.from({ length: subscribers }, (_, i) => 10_000 + i);
    await eachLimited(chats, 4, (chatId) => stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now));
    await replicas.elected();

    const queuedAt = Date.now();
    const queued = await stores.outbox.enqueueBroadcast('bench', '<b>Bench broadcast</b> to every reader', new Date(queuedAt));
    if (queued !== subscribers) throw new Error(`the broadcast queued ${queued} messages for ${subscribers} subscribers`);
    const deadline = queuedAt + 60_000 + (3 * subscribers * 1000) / limitPerS;
    let drainedAt: number | null = null;
    while (drainedAt === null && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 250));
      const counts = await stores.outbox.counts();
      if (counts.pending + counts.sending === 0) drainedAt = Date.now();
    }

    const report = await api.report();
    const received = [...report.delivered.values()];
    const delivered = received.reduce((a, b) => a + b, 0);
    const spanS = ((report.lastAcceptedAt ?? 0) - (report.firstAcceptedAt ?? 0)) / 1000;
    const perS = spanS > 0 ? delivered / spanS : 0;
    const senders = replicas.runs.filter((run) => replicas.log(run).includes('starting: outbox sender')).length;
    return {
      replicas: count,
      senders,
      latency_ms: latencyMs,
      limit_per_s: limitPerS,
      subscribers,
      delivered,
      delivered_per_s: round(perS, 1),
      of_limit: round(perS / limitPerS, 2),
      lost: subscribers - received.length,
      duplicates: delivered - received.length,
      rate_limited: report.stats.rateLimited,
      max_in_flight: report.stats.maxInFlight,
      drain_s: drainedAt === null ? null : round((drainedAt - queuedAt) / 1000, 1),
    };
  } finally {
    await Promise.race([replicas.stop(), new Promise((wait) => setTimeout(wait, 30_000))]);
    replicas.kill();
    await api.close();
    await stores.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

/** Every case in turn (3 replicas, then 1, at each round trip), logging each as it ends. */
export async function runReplicaFanoutBench(url: string, subscribers: number, log: (text: string) => void): Promise<ReplicaFanoutCase[]> {
  const results: ReplicaFanoutCase[] = [];
  for (const options of replicaFanoutCases(subscribers)) {
    log(`fanout through ${options.replicas} replica(s): ${subscribers} subscribers, ${options.limitPerS}/s, ${options.latencyMs} ms…`);
    results.push(await runReplicaFanoutCase(url, options));
    log(JSON.stringify(results.at(-1)));
  }
  return results;
}

// `node bin/run-ts.js bench/fanout-replicas-bench.ts [subscribers]`: these cases alone (default 2,000
// subscribers), with the machine's load average (1, 5, 15 min) before and after the run
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const subscribers = process.argv[2] === undefined ? 2000 : Number(process.argv[2]);
  const load = () => loadavg().map((value) => round(value, 2));
  const before = load();
  const fanout = await runReplicaFanoutBench(benchDatabaseUrl(process.env), subscribers, (text) => process.stderr.write(`${text}\n`));
  process.stdout.write(`${JSON.stringify({ fanout_replicas: fanout, load_average_before: before, load_average_after: load() })}\n`);
}
