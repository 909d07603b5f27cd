import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { type FakeOpenAiServer, type FakeReply, type RecordedRequest, startFakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-05T08:00:00Z');
const KEY = 'sk-ask-test-secret';
const BRICS = 'وأعرب عن استعداد موسكو لتعزيز التنسيق مع بكين في الأمم المتحدة ومنظمة شانغهاي للتعاون ومجموعة دول (بريكس)';

interface AskJson {
  answer: string;
  lang: string;
  found: boolean;
  mode: string;
  citations: Array<{ id: string; quote: string }>;
}

let db: string;
let server: FakeOpenAiServer | null = null;

beforeEach(async () => {
  db = join(tempDir(), 'store.db');
  const stores = openStores(db);
  for (const path of [seedPath, join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt')]) {
    await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, now);
  }
  stores.close();
});

afterEach(async () => {
  await server?.close();
  server = null;
});

const ask = (question: string, extra: string[] = [], env: Record<string, string> = {}) =>
  runCliCaptured(['ask', question, '--db', db, ...extra], { env, now });

/** The env of a configured LLM pointing at a fake server answering `grounded_answer` from the script. */
async function llmEnv(answer: (request: RecordedRequest) => FakeReply): Promise<Record<string, string>> {
  server = await startFakeOpenAiServer((request) => (request.schemaName === 'query_rewrite' ? { content: { terms: ['بوتين', 'بريكس'] } } : answer(request)));
  return { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.baseURL, OPENAI_TIMEOUT_MS: '300', OPENAI_MAX_RETRIES: '0', LOG_LEVEL: 'warn' };
}

function bricsPassage(request: RecordedRequest): number {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  return Number(/^\[(\d+)\]/.exec(user.split('\n').find((line) => line.includes('(بريكس)')) ?? '')?.[1] ?? 0);
}

describe('wirebrief ask, offline', () => {
  it.each([
    ['what did Putin say about BRICS', 'en', 'Putin ('],
    ['ماذا قال بوتين عن بريكس', 'ar', 'بوتين ('],
  ])('answers %s with exactly the contract fields, quoting the BRICS sentence as Putin’s', async (question, lang, speaker) => {
    const run = await ask(question, ['--json']);
    expect(run.code).toBe(0);
    const json = run.json<AskJson>();
    expect(Object.keys(json).sort()).toEqual(['answer', 'citations', 'found', 'lang', 'mode']);
    expect(json).toMatchObject({ found: true, mode: 'extractive', lang });
    for (const citation of json.citations) expect(Object.keys(citation).sort()).toEqual(['id', 'quote']);
    const brics = json.citations.find((c) => c.quote.startsWith(BRICS));
    expect(brics?.id).toMatch(/\S/);
    expect(json.answer.split('\n').find((line) => line.includes(BRICS))?.startsWith(speaker)).toBe(true);
  });

  it('answers in the language --lang asks for', async () => {
    const json = (await ask('what did Putin say about BRICS', ['--lang', 'ar', '--json'])).json<AskJson>();
    expect(json.lang).toBe('ar');
    expect(json.answer).toContain('بوتين (');
  });

  it.each([
    ['what did the Pope say about the Moon landing', 'en', 'The stored dispatches say nothing about this.'],
    ['ماذا قال البابا عن الهبوط على القمر', 'ar', 'لا تذكر البرقيات المخزنة شيئا عن هذا.'],
  ])('says plainly that the dispatches do not answer %s', async (question, lang, text) => {
    const run = await ask(question, ['--json']);
    expect(run.code).toBe(0);
    const json = run.json<AskJson>();
    expect(json).toMatchObject({ found: false, lang, citations: [] });
    expect(json.answer.startsWith(text)).toBe(true);
  });

  it('prints the answer and numbered citations (agency, city, date, id) without --json', async () => {
    const run = await ask('what did Putin say about BRICS');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Quoted from the dispatches/);
    expect(run.stdout).toMatch(/\[1\] KUNA, بكين, 2026-02-04: \S+/);
  });

  it('refuses an empty question with a one-line reason', async () => {
    const run = await ask('  ');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('ask needs a question');
  });
});

describe('wirebrief ask, with an LLM', () => {
  it('prints the grounded answer in llm mode with the verified quote', async () => {
    const env = await llmEnv((request) => ({
      content: { found: true, claims: [{ statement: 'Putin said Moscow is ready to coordinate with Beijing within BRICS.', passage: bricsPassage(request), quote: BRICS }] },
    }));
    const run = await ask('what did Putin say about BRICS', ['--json'], env);
    expect(run.code).toBe(0);
    const json = run.json<AskJson>();
    expect(json).toMatchObject({ found: true, mode: 'llm', lang: 'en', answer: 'Putin said Moscow is ready to coordinate with Beijing within BRICS. [1]' });
    expect(json.citations).toEqual([{ id: expect.any(String), quote: BRICS }]);
  });

  it.each([
    ['a passage it was not given', (): FakeReply => ({ content: { found: true, claims: [{ statement: 'Putin announced a BRICS currency.', passage: 42, quote: BRICS }] } })],
    ['a quote not in its passage', (r: RecordedRequest): FakeReply => ({ content: { found: true, claims: [{ statement: 'Putin announced a BRICS currency.', passage: bricsPassage(r), quote: 'أعلن بوتين عملة موحدة لمجموعة بريكس' }] } })],
    ['malformed JSON', (): FakeReply => ({ rawContent: '{"found": true, "claims": [{"statement": "Putin announced a BRICS currency' })],
    ['HTTP 500', (): FakeReply => ({ status: 500 })],
    ['HTTP 429', (): FakeReply => ({ status: 429, headers: { 'retry-after': '0' } })],
    ['a timeout', (): FakeReply => ({ hangMs: 2000 })],
  ])('exits 0 with the extractive answer when the LLM gives %s', async (_name, reply) => {
    const run = await ask('what did Putin say about BRICS', ['--json'], await llmEnv(reply));
    expect(run.code).toBe(0);
    const json = run.json<AskJson>();
    expect(json).toMatchObject({ found: true, mode: 'extractive' });
    expect(json.answer).not.toMatch(/currency|عملة/);
    expect(json.citations.some((c) => c.quote.startsWith(BRICS))).toBe(true);
    expect(run.stderr).not.toContain(KEY);
    expect(server?.requests.some((r) => r.schemaName === 'grounded_answer')).toBe(true);
  });
});
