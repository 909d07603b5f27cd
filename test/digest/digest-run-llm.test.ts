import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiLlm } from '../../src/answer/create-openai-llm.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { runDigestTick } from '../../src/scheduler/run-digest-tick.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
let stores: Stores | null = null;
let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  stores?.close();
  await server?.close();
});

describe('a scheduled digest run for 1,000 subscribers in two languages', () => {
  it('asks the LLM once per story and language, and every subscriber gets the summaries in their language', async () => {
    stores = openStores(join(tempDir(), 'store.db'));
    const at = new Date('2026-02-04T10:00:00Z');
    for (const path of [seedPath, join(fixturesDir, 'stories', 'kuna-en-2026-02-04-beijing.txt'), join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt')]) {
      await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, at);
    }
    const stories = new Set((await stores.dispatches.listDispatches({ limit: 100 })).map((d) => d.storyId)).size;
    for (let chatId = 1; chatId <= 1000; chatId += 1) {
      const lang = chatId % 2 === 0 ? 'ar' : 'en';
      await stores.subscribers.ensure({ chatId, chatType: 'private', lang, timeZone: chatId % 3 === 0 ? 'Europe/London' : 'Asia/Kuwait', digestTime: '07:00' }, at);
      await stores.subscribers.update(chatId, { digestEnabled: true, lastDigestAt: '2026-02-04T04:00:00.000Z' }, at);
    }
    server = await startFakeOpenAiServer((request) => {
      const prompt = JSON.stringify(request.body);
      const story = createHash('sha256').update(prompt).digest('hex').slice(0, 12); // each story its own summary
      const arabic = prompt.includes('briefing, in Arabic');
      return { content: { title: arabic ? `عنوان ${story}` : `Title ${story}`, summary: arabic ? `ملخص ${story}` : `Brief ${story}` } };
    });
    const llm = createOpenAiLlm({ apiKey: 'sk-test', baseURL: server.baseURL, model: 'fake', timeoutMs: 5000, maxRetries: 0, logger });
    expect(await runDigestTick({ stores, llm, logger, presenter: telegramPresenter }, new Date('2026-02-05T07:00:00Z'))).toBe(1000);
    expect(stories).toBe(2);
    expect(server.requests.filter((r) => r.schemaName?.startsWith('story_summary'))).toHaveLength(stories * 2);
    const [arabic] = await stores.outbox.list({ chatId: 2 });
    const [english] = await stores.outbox.list({ chatId: 3 });
    expect(arabic?.text.match(/ملخص [0-9a-f]{12}/g)).toHaveLength(stories);
    expect(english?.text.match(/Brief [0-9a-f]{12}/g)).toHaveLength(stories);
    expect(english?.key).toBe('digest:3:2026-02-05');
  }, 60_000);
});
