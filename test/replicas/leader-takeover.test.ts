import { describe, expect, it } from 'vitest';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';
import { testBotInfo } from '../helpers/recording-bot.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { FOLLOWS, LEADS, replicaToken as token } from '../helpers/start-bot-replicas.js';
import { until } from '../helpers/until.js';
import { testDatabaseUrl, useStoreBackends } from '../helpers/store-backends.js';

const backend = useStoreBackends().find((b) => b.name === 'postgres') as ReturnType<typeof useStoreBackends>[number];


describe.skipIf(!testDatabaseUrl)('two `wirebrief bot` replicas on one PostgreSQL', () => {
  it('only the leader runs the scheduler; SIGKILLed, the other leads within 30 s and sends the due digest once', async () => {
    const location = backend.fresh();
    const stores = await location.open();
    const api = await startFakeBotApi({ ...testBotInfo });
    const env = { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'info', WIREBRIEF_LEADER_RETRY_MS: '1000' };
    const replica = () => runWirebriefChild(['bot', '--db', location.target], env);
    const a = replica();
    let b: ReturnType<typeof replica> | null = null;
    const log = (run: ReturnType<typeof replica>) => run.output().stderr;
    try {
      await until(() => log(a).includes(LEADS), 30_000, () => `replica A leads; its log: ${log(a)}`);
      b = replica();
      const other = b;
      await until(() => log(other).includes(FOLLOWS), 30_000, () => `replica B follows; its log: ${log(other)}`);
      expect(log(a)).toContain('starting: digest scheduler');
      expect(log(other)).not.toContain('digest scheduler');
      expect(log(other)).not.toContain('starting: outbox sender');

      // A digest falls due while A leads but cannot act (stopped, its lock connection still open):
      // a day-old subscriber whose time passed two minutes ago (UTC). Then A dies.
      a.child.kill('SIGSTOP');
      const now = new Date();
      const dueAt = new Date(now.getTime() - 120_000);
      const digestTime = dueAt.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? dueAt.toISOString().slice(11, 16) : '00:00';
      const dayAgo = new Date(now.getTime() - 86_400_000);
      await stores.subscribers.ensure({ chatId: 900, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime }, dayAgo);
      await stores.subscribers.update(900, { digestEnabled: true }, dayAgo);
      a.child.kill('SIGKILL');
      expect((await a.exited).signal).toBe('SIGKILL');
      const killedAt = Date.now();
      const digests = () => api.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 900);

      await until(() => digests().length > 0, 30_000, () => `the digest is sent by replica B; its log: ${log(other)}`);
      expect(Date.now() - killedAt).toBeLessThan(30_000);
      expect(log(other)).toContain(LEADS);
      // nothing more comes: the digest went once
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(digests()).toHaveLength(1);
      expect((await stores.outbox.counts())).toMatchObject({ pending: 0 });

      other.child.kill('SIGTERM');
      expect((await other.exited).code).toBe(0);
    } finally {
      for (const run of [a, b]) if (run && run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
      await api.close();
    }
  }, 60_000);
});
