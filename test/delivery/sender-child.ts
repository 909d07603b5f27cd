// A sending process for the multi-process tests: sends the outbox of the store at argv[2] to the
// Bot API at argv[3] until nothing is left, then prints how many messages it sent and exits.
// argv[4] is optional JSON: { perSecond, maxInFlight, leaseMs, privateGapMs }. Tests SIGKILL it.
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../../src/clock.js';
import { startSender } from '../../src/delivery/start-sender.js';
import { openStores } from '../../src/store/open-stores.js';

const [path, apiRoot, json] = process.argv.slice(2) as [string, string, string | undefined];
const options = { perSecond: 2000, maxInFlight: 1, leaseMs: 2000, privateGapMs: 0, ...(json ? (JSON.parse(json) as Record<string, number>) : {}) };
const stores = openStores(path);
let sent = 0;
const api = new Api('1:TEST', { apiRoot });
api.config.use(async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (result.ok && method === 'sendMessage') sent += 1;
  return result;
});
const sender = await startSender(
  {
    api,
    outbox: stores.outbox,
    subscribers: stores.subscribers,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    limits: { perSecond: options.perSecond, privateGapMs: options.privateGapMs, groupGapMs: 0 },
    maxInFlight: options.maxInFlight,
    leaseMs: options.leaseMs,
  },
  20,
);
for (;;) {
  const counts = await stores.outbox.counts();
  if (counts.pending === 0 && counts.sending === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await sender.stop();
stores.close();
process.stdout.write(`${JSON.stringify({ sent })}\n`);
