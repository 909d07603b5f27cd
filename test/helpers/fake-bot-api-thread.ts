import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { FaultPlan } from './fake-bot-api-limits.js';

export interface FakeBotApiReport {
  /** chat id → messages accepted */
  delivered: Map<number, number>;
  accepted: number;
  /** arrival time (ms) of the first accepted message */
  firstAcceptedAt: number | null;
  /** arrival time (ms) of the last accepted message */
  lastAcceptedAt: number | null;
  stats: { requests: number; rateLimited: number; perChatLimited: number; maxInFlight: number };
}

/**
 * The limited fake Bot API in a worker thread, so that its CPU is not the sender's (Telegram is
 * another machine): for the benchmark. Only the plan's numbers apply (no callbacks cross threads).
 */
export async function startLimitedBotApiThread(plan: Omit<FaultPlan, 'blocked' | 'migrated' | 'hold'>) {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./fake-bot-api-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(code, { eval: true, workerData: plan });
  const [ready] = (await once(worker, 'message')) as [{ apiRoot: string }];
  return {
    apiRoot: ready.apiRoot,
    async report(): Promise<FakeBotApiReport> {
      worker.postMessage('report');
      const [raw] = (await once(worker, 'message')) as [Omit<FakeBotApiReport, 'delivered'> & { delivered: Array<[number, number]> }];
      return { ...raw, delivered: new Map(raw.delivered) };
    },
    async close(): Promise<void> {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}
