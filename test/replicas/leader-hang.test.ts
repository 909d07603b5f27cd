import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { LEADS, startBotReplicas } from '../helpers/start-bot-replicas.js';
import { until } from '../helpers/until.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';

const backend = useStoreBackends().find((b) => b.name === 'postgres') as ReturnType<typeof useStoreBackends>[number];
const SUBSCRIBERS = 20;

// A leader that hangs keeps its lock connection open (the kernel still answers keepalives): its
// lock session's idle timeout (4 retry periods, at least 10 s) frees the lock.
describe.skipIf(!testDatabaseUrl)('a `wirebrief bot` leader that hangs, on PostgreSQL', () => {
  it('loses the lead to the other replica within 30 s; woken, it steps down, and a broadcast goes out once per chat', async () => {
    const location = backend.fresh();
    const stores = await location.open();
    const now = new Date();
    for (let chatId = 500; chatId < 500 + SUBSCRIBERS; chatId += 1) {
      await stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    }
    const api = await startFakeBotApi({ ...testBotInfo }, { latencyMs: 20, perSecond: 30 });
    const replicas = startBotReplicas(2, { apiRoot: api.apiRoot, databaseUrl: location.target });
    const { log } = replicas;
    try {
      const leader = await replicas.elected();
      const follower = replicas.runs.find((run) => run !== leader) as (typeof replicas.runs)[number];

      // hung: alive, its connections open, doing nothing (as an event loop blocked for good)
      leader.child.kill('SIGSTOP');
      await until(() => log(follower).includes(LEADS), 30_000, () => `the follower leads while the leader hangs; its log: ${log(follower)}`);
      leader.child.kill('SIGCONT');
      await until(() => log(leader).includes('no longer the leader'), 15_000, () => `the woken leader steps down; its log: ${log(leader)}`);

      expect(await stores.outbox.enqueueBroadcast('after-hang', 'After the hang', new Date())).toBe(SUBSCRIBERS);
      const broadcasts = () => api.calls.filter((call) => call.method === 'sendMessage' && call.payload.text === 'After the hang');
      await until(() => new Set(broadcasts().map((call) => call.payload.chat_id)).size === SUBSCRIBERS, 30_000, () => `every chat gets the broadcast; ${broadcasts().length} sent`);
      // nothing more comes, and the woken replica did not lead again while the other held the lock
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(broadcasts()).toHaveLength(SUBSCRIBERS);
      expect(log(leader).split(LEADS)).toHaveLength(2);

      const exits = await replicas.stop();
      expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    } finally {
      replicas.kill();
      await api.close();
    }
  }, 90_000);
});
