import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
/** Thursday 5 February, 10:00 in Kuwait. */
const now = new Date('2026-02-05T07:00:00Z');

interface AskJson {
  answer: string;
  lang: string;
  found: boolean;
  citations: Array<{ id: string; quote: string }>;
}

let db: string;
const idsByText = new Map<string, string>();

beforeEach(async () => {
  db = join(tempDir(), 'store.db');
  const stores = openStores(db);
  const path = join(fixturesDir, 'chat', 'chat-examples.txt');
  const report = await ingestWireBytes(stores.dispatches, { source: path, bytes: readFileSync(path) }, now);
  for (const { id } of report.dispatches) idsByText.set(((await stores.dispatches.getDispatch(id))?.paragraphs[0] ?? '').slice(0, 30), id);
  stores.close();
});

async function ask(question: string, env: Record<string, string> = {}): Promise<AskJson> {
  const run = await runCliCaptured(['ask', question, '--json', '--db', db], { now, env });
  expect(run.code).toBe(0);
  return run.json<AskJson>();
}
const cited = (result: AskJson, start: string) => result.citations.some((c) => c.quote.startsWith(start));

describe('the terminal-chat examples of issue 12, through `wirebrief ask --json`', () => {
  it.each(['what is the latest news?', 'ما آخر الأخبار', 'شو الأخبار؟', 'any news?', "what's new?"])('%s lists the newest stories', async (question) => {
    const result = await ask(question);
    expect(result.found).toBe(true);
    expect(cited(result, 'الكويت - 5 - 2') || cited(result, 'افتتح وزير الأشغال')).toBe(true);
    expect(cited(result, "Kuwait's Meteorological Department")).toBe(true);
  });

  it('answers what happened in Kuwait today and yesterday, by the day in Kuwait', async () => {
    const today = await ask('what happened in Kuwait today?');
    expect(today.found).toBe(true);
    expect(cited(today, "Kuwait's Meteorological Department")).toBe(true);
    expect(cited(today, 'Boursa Kuwait ended')).toBe(false);
    const yesterday = await ask('what happened in Kuwait yesterday?');
    expect(yesterday.found).toBe(true);
    expect(cited(yesterday, 'Boursa Kuwait ended') || cited(yesterday, "Kuwait's Ministry of Health")).toBe(true);
    expect(cited(yesterday, "Kuwait's Meteorological Department")).toBe(false);
  });

  it('reads "yesterday" in the configured time zone', async () => {
    // 07:00 UTC on 5 February is still 4 February in Honolulu: its "yesterday" is 3 February, when nothing was stored.
    const result = await ask('what happened in Kuwait yesterday?', { WIREBRIEF_TZ: 'Pacific/Honolulu' });
    expect(result.found).toBe(false);
  });

  it('answers a dated question with no place', async () => {
    const result = await ask('what happened on 4 February 2026?');
    expect(result.found).toBe(true);
    expect(result.citations.length).toBeGreaterThanOrEqual(2);
    expect(result.citations.every((c) => !c.quote.includes('Meteorological'))).toBe(true);
  });

  it('answers how the Boursa closed', async () => {
    const result = await ask('how did the Boursa close?');
    expect(result.found).toBe(true);
    expect(cited(result, 'Boursa Kuwait ended')).toBe(true);
  });

  it.each([
    ['hello', 'en', /Hello/],
    ['مرحبا', 'ar', /أهلا/],
    ['thanks!', 'en', /welcome/],
    ['شكرا', 'ar', /العفو/],
  ])('replies to %s in its language without searching', async (message, lang, text) => {
    const result = await ask(message);
    expect(result).toMatchObject({ lang, found: false, citations: [] });
    expect(result.answer).toMatch(text);
  });
});
