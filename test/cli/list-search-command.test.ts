import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { DispatchSearchResult } from '../../src/search/search-dispatches.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';

const dir = mkdtempSync(join(tmpdir(), 'wirebrief-list-'));
const db = join(dir, 'store.db');
/** the seed with unrelated dispatches only: no English version of its story */
const seedOnlyDb = join(dir, 'seed-only.db');
const stories = join(fixturesDir, 'stories');

beforeAll(async () => {
  const run = await runCliCaptured(['ingest', seedPath, stories, '--db', db, '--json']);
  expect(run.code).toBe(0);
  const unrelated = ['kuna-en-2026-02-04-kuwait-flu.txt', 'kuna-ar-2026-02-05-kuwait-oil.txt'].map((name) => join(stories, name));
  expect((await runCliCaptured(['ingest', seedPath, ...unrelated, '--db', seedOnlyDb])).code).toBe(0);
});

describe('wirebrief list', () => {
  it('lists newest first with the contract fields, filtered by date and language', async () => {
    const all = (await runCliCaptured(['list', '--db', db, '--json'])).json<Array<Record<string, unknown>>>();
    expect(all.map((d) => d.date)).toEqual(['2026-02-05', '2026-02-04', '2026-02-04', '2026-02-04']);
    expect(Object.keys(all[0]!).sort()).toEqual(['date', 'dateline', 'headline', 'id', 'lang', 'urgent']);
    const since = (await runCliCaptured(['list', '--since', '2026-02-05', '--db', db, '--json'])).json<unknown[]>();
    expect(since).toHaveLength(1);
    const english = (await runCliCaptured(['list', '--lang', 'en', '--limit', '1', '--db', db, '--json'])).json<Array<{ lang: string }>>();
    expect(english).toEqual([expect.objectContaining({ lang: 'en' })]);
  });
});

describe('wirebrief search', () => {
  it('finds the Arabic seed first for an English question about Putin and BRICS', async () => {
    const run = await runCliCaptured(['search', 'what did Putin say about BRICS', '--db', seedOnlyDb, '--json']);
    expect(run.code).toBe(0);
    const results = run.json<DispatchSearchResult[]>();
    expect(results[0]).toMatchObject({ lang: 'ar', date: '2026-02-04' });
    expect(results[0]!.snippet).toContain('بريكس');
    expect(Object.keys(results[0]!).sort()).toEqual(['date', 'headline', 'id', 'lang', 'score', 'snippet']);
  });

  it('ranks both language versions of the story above unrelated dispatches', async () => {
    const results = (await runCliCaptured(['search', 'Putin BRICS', '--db', db, '--json'])).json<DispatchSearchResult[]>();
    expect(results.slice(0, 2).map((r) => r.lang).sort()).toEqual(['ar', 'en']);
    expect(results.slice(0, 2).every((r) => r.date === '2026-02-04')).toBe(true);
  });

  it('finds the English flu dispatch for an Arabic question', async () => {
    const results = (await runCliCaptured(['search', 'حملة التطعيم ضد الإنفلونزا', '--db', db, '--json'])).json<DispatchSearchResult[]>();
    expect(results[0]).toMatchObject({ lang: 'en' });
    expect(results[0]!.snippet).toMatch(/influenza/);
  });

  it('returns an empty list when nothing matches', async () => {
    const results = (await runCliCaptured(['search', 'zzqx volcano', '--db', db, '--json'])).json<unknown[]>();
    expect(results).toEqual([]);
  });
});

describe('story grouping', () => {
  it('puts the Arabic and English dispatches of the Xi–Putin call in one story, and the oil prices apart', async () => {
    const all = (await runCliCaptured(['list', '--db', db, '--json'])).json<Array<{ id: string }>>();
    const shown = await Promise.all(
      all.map(async (d) => (await runCliCaptured(['show', d.id, '--db', db, '--json'])).json<{ storyId: string; lang: string; dateline: { city: string } }>()),
    );
    const beijing = shown.filter((d) => ['بكين', 'BEIJING'].includes(d.dateline.city));
    expect(beijing).toHaveLength(2);
    expect(beijing[0]!.storyId).toBe(beijing[1]!.storyId);
    const others = shown.filter((d) => !['بكين', 'BEIJING'].includes(d.dateline.city));
    for (const other of others) expect(other.storyId).not.toBe(beijing[0]!.storyId);
    expect(new Set(others.map((d) => d.storyId)).size).toBe(2);
  });
});
