// The sending process of sender-restart.test.ts: sends the outbox of the store at argv[2] to the
// Bot API at argv[3] until nothing is left, then exits. The test SIGKILLs it halfway.
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../../src/clock.js';
import { startSender } from '../../src/delivery/start-sender.js';
import { openStores } from '../../src/store/open-stores.js';

const [path, apiRoot] = process.argv.slice(2) as [string, string];
const stores = openStores(path);
const sender = await startSender(
  {
    api: new Api('1:TEST', { apiRoot }),
    outbox: stores.outbox,
    subscribers: stores.subscribers,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    limits: { perSecond: 2000, privateGapMs: 0, groupGapMs: 0 },
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
