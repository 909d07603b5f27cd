// The thread of fake-bot-api-thread.ts: the limited fake Bot API on its own event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { startLimitedBotApi, type FaultPlan } from './fake-bot-api-limits.js';

const api = await startLimitedBotApi(workerData as FaultPlan);
const port = parentPort as NonNullable<typeof parentPort>;
port.on('message', async (message: 'report' | 'close') => {
  if (message === 'close') {
    await api.close();
    port.close();
    return;
  }
  port.postMessage({
    delivered: [...api.delivered.entries()],
    accepted: api.accepted.length,
    firstAcceptedAt: api.accepted[0]?.at ?? null,
    lastAcceptedAt: api.accepted.at(-1)?.at ?? null,
    stats: api.stats(),
  });
});
port.postMessage({ apiRoot: api.apiRoot });
