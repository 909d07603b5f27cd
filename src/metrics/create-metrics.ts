import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OutboxStatus } from '../store/outbox-store.js';

/** What the running process last did, for /healthz: the scheduler's tick, the sender's loop. */
export type Heartbeat = 'scheduler' | 'sender';

/** How to read the outbox's rows by status when Prometheus scrapes (the outbox store's counts). */
export type OutboxCounts = () => Promise<Record<OutboxStatus, number>>;

/**
 * The process's Prometheus registry and the counters the adapters increment. One object, built in
 * the command that runs the bot and passed down through Deps: no global registry, so each test
 * (and each process) has its own figures.
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const beats = new Map<Heartbeat, Date>();
  let outboxCounts: OutboxCounts | undefined;

  const metrics = {
    registry,
    updates: new Counter({ name: 'wirebrief_updates_total', help: 'Telegram updates handled, by update type', labelNames: ['type'] as const, registers }),
    updateSeconds: new Histogram({ name: 'wirebrief_update_duration_seconds', help: 'Time to handle one Telegram update', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers }),
    answers: new Counter({ name: 'wirebrief_answers_total', help: 'Questions answered, by mode (llm, extractive)', labelNames: ['mode', 'found'] as const, registers }),
    llmCalls: new Counter({ name: 'wirebrief_llm_calls_total', help: 'LLM calls, by outcome (ok, failed)', labelNames: ['outcome'] as const, registers }),
    llmSeconds: new Histogram({ name: 'wirebrief_llm_call_duration_seconds', help: 'Time of one LLM call', buckets: [0.25, 0.5, 1, 2, 5, 10, 20, 40], registers }),
    messagesSent: new Counter({ name: 'wirebrief_telegram_messages_sent_total', help: 'Messages Telegram accepted (replies and outbox), by API method', labelNames: ['method'] as const, registers }),
    telegram429: new Counter({ name: 'wirebrief_telegram_429_total', help: 'Telegram answers "429 Too Many Requests"', registers }),
    feedPolls: new Counter({ name: 'wirebrief_feed_polls_total', help: 'Feed polls, by outcome (ok, failed)', labelNames: ['outcome'] as const, registers }),
    dispatchesIngested: new Counter({ name: 'wirebrief_dispatches_ingested_total', help: 'New dispatches stored by the running process', registers }),
    dispatchesRejected: new Counter({ name: 'wirebrief_dispatches_rejected_total', help: 'Dispatches or sources refused at ingest', registers }),
    outboxRows: new Gauge({
      name: 'wirebrief_outbox_rows',
      help: 'Outbox rows by status, read from the store at each scrape',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        if (!outboxCounts) return;
        this.reset();
        for (const [status, count] of Object.entries(await outboxCounts())) this.set({ status }, count);
      },
    }),
    /** The outbox whose rows the gauge reads at each scrape. */
    watchOutbox(counts: OutboxCounts): void {
      outboxCounts = counts;
    },
    beat(name: Heartbeat, at: Date): void {
      beats.set(name, at);
    },
    lastBeat(name: Heartbeat): Date | null {
      return beats.get(name) ?? null;
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
