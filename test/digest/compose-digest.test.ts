import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiLlm } from '../../src/answer/create-openai-llm.js';
import { composeDigest } from '../../src/digest/compose-digest.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
const now = new Date('2026-02-05T04:00:00Z');
const since = new Date('2026-02-04T00:00:00Z');
let stores: Stores;
let server: FakeOpenAiServer | null = null;

beforeEach(async () => {
  stores = openStores(join(tempDir(), 'store.db'));
  const stories = join(fixturesDir, 'stories');
  for (const path of [seedPath, ...['kuna-en-2026-02-04-beijing.txt', 'kuna-en-2026-02-04-kuwait-flu.txt', 'kuna-ar-2026-02-05-kuwait-oil.txt'].map((n) => join(stories, n))]) {
    await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, now);
  }
  const flash = 'عاجل: مجلس الوزراء الكويتي يعقد اجتماعا استثنائيا (كونا)\n';
  await ingestWireBytes(stores.dispatches, { source: 'flash', bytes: Buffer.from(flash) }, now);
});

afterEach(async () => {
  stores.close();
  await server?.close();
  server = null;
});

describe('composeDigest offline', () => {
  it('groups the story across languages, puts the flash first and uses each lead as the summary', async () => {
    const digest = await composeDigest({ store: stores.dispatches, llm: null, logger, summaries: stores.summaries }, { since, lang: 'en', topics: [], now });
    expect(digest.stories).toHaveLength(4);
    expect(digest.stories[0]?.title).toContain('مجلس الوزراء');
    const beijing = digest.stories.find((s) => s.dispatchIds.length === 2);
    expect(beijing?.title).toBe('Xi, Putin vow closer coordination in video call');
    expect(beijing?.summary).toMatch(/^Chinese President Xi Jinping stressed/);
    expect(beijing).toMatchObject({ titleLang: 'en', summaryLang: 'en', updates: 2, link: null });
    const oil = digest.stories.find((s) => s.title.includes('النفط'));
    expect(oil).toMatchObject({ titleLang: 'ar', summaryLang: 'ar' });
    expect(digest.older).toEqual([]);
  });

  it('ranks a followed topic above a bigger story, in either language', async () => {
    const digest = await composeDigest({ store: stores.dispatches, llm: null, logger, summaries: stores.summaries }, { since, lang: 'ar', topics: ['oil'], now });
    expect(digest.stories[1]?.title).toContain('النفط');
  });
});

describe('composeDigest with an LLM', () => {
  it('asks once per story and language however many subscribers get the digest', async () => {
    server = await startFakeOpenAiServer((request) => {
      const story = createHash('sha256').update(JSON.stringify(request.body)).digest('hex').slice(0, 12); // each story its own summary
      return { content: { title: `Headline ${story}`, summary: `Scripted ${story}` } };
    });
    const llm = createOpenAiLlm({ apiKey: 'sk-test', baseURL: server.baseURL, model: 'fake', timeoutMs: 5000, maxRetries: 0, logger });
    const deps = { store: stores.dispatches, llm, logger, summaries: stores.summaries };
    for (let subscriber = 0; subscriber < 1000; subscriber += 1) {
      const digest = await composeDigest(deps, { since, lang: subscriber % 2 === 0 ? 'en' : 'ar', topics: [], now });
      expect(digest.stories).toHaveLength(4);
      expect(digest.stories.every((s) => /^Scripted [0-9a-f]{12}$/.test(s.summary) && s.summaryLang === digest.lang)).toBe(true);
      // a story with no headline in the digest's language gets the model's translated one
      expect(digest.stories.every((s) => s.titleLang === digest.lang)).toBe(true);
    }
    expect(server.requests.filter((r) => r.schemaName.startsWith('story_summary'))).toHaveLength(4 * 2);
  }, 60_000);
});
