import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ingestEvalSet, resolveExpected } from '../../eval/ingest-eval-set.js';
import type { EvalQuestion, EvalSet } from '../../eval/load-eval-set.js';
import { loadFortnightSet, splitOfTopic } from '../../eval/load-fortnight-set.js';
import { openStores } from '../../src/store/open-stores.js';

/** What the fortnight sets' shape tests count; each test holds its own set to its own thresholds. */
export interface FortnightShape {
  arabic: number;
  english: number;
  /** the UTC days the dispatches arrived on */
  days: string[];
  /** distinct `MMDD` of the file names: the Kuwait days with wire */
  kuwaitDays: number;
  /** each dispatch file's first line (a flash, an update or a correction says so there) */
  firstLines: string[];
  /** story id → the languages of its dispatches */
  langsOfStory: Map<string, Set<string>>;
  /** dispatches of each split's stories */
  dispatchesIn: (split: string) => number;
  questionsIn: (split: string) => number;
  ofKind: (kind: string) => EvalQuestion[];
}

export const dispatchText = (dir: string, ref: string) => readFileSync(join(dir, 'dispatches', ref.replace(/#\d+$/, '')), 'utf8');

export function fortnightShape(set: EvalSet, dir: string): FortnightShape {
  const storyOf = set.stories?.storyOf ?? new Map<string, string>();
  const splitOf = set.stories?.splitOf ?? new Map<string, string>();
  const langsOfStory = new Map<string, Set<string>>();
  for (const [ref, story] of storyOf) langsOfStory.set(story, (langsOfStory.get(story) ?? new Set()).add(ref.includes('-ar-') ? 'ar' : 'en'));
  return {
    arabic: set.sources.filter((s) => s.name.includes('-ar-')).length,
    english: set.sources.filter((s) => s.name.includes('-en-')).length,
    days: set.sources.map((s) => s.receivedAt?.toISOString().slice(0, 10) ?? ''),
    kuwaitDays: new Set(set.sources.map((s) => s.name.slice(0, 4))).size,
    firstLines: set.sources.map((s) => dispatchText(dir, s.name).split('\n')[0] ?? ''),
    langsOfStory,
    dispatchesIn: (split) => [...storyOf.values()].filter((story) => splitOf.get(story) === split).length,
    questionsIn: (split) => set.questions.filter((q) => q.split === split).length,
    ofKind: (kind) => set.questions.filter((q) => (q.kinds as string[]).includes(kind)),
  };
}

/** Every answerable question names stored files and quotes its first one; every unanswerable one names none. */
export function expectLabelsHold(set: EvalSet, dir: string): void {
  const names = new Set(set.sources.map((s) => s.name));
  for (const q of set.questions) {
    const unanswerable = (q.kinds as string[]).includes('unanswerable');
    expect(q.expected.length === 0, q.id).toBe(unanswerable);
    expect(q.expected.every((ref) => names.has(ref.replace(/#\d+$/, ''))), q.id).toBe(true);
    if (!unanswerable) expect(dispatchText(dir, q.expected[0] as string).includes(q.quote ?? '\u0000'), q.id).toBe(true);
  }
}

/** The loader refuses a copy of the set (in `copyDir`) whose first story records the split its topic does not give. */
export function expectSplitRuleEnforced(dir: string, copyDir: string): void {
  cpSync(dir, copyDir, { recursive: true });
  const path = join(copyDir, 'stories.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as { stories: Array<{ id: string; topic: string; split: string }> };
  const story = file.stories[0] as { id: string; topic: string; split: string };
  story.split = splitOfTopic(story.topic) === 'dev' ? 'test' : 'dev';
  writeFileSync(path, JSON.stringify(file));
  expect(() => loadFortnightSet(copyDir)).toThrow(new RegExp(`story ${story.id}: split`));
}

/** The real ingest stores the whole set in a fresh database at `dbPath`: no dispatch rejected, every expected one stored and holding its quote. */
export async function expectStoredWhole(set: EvalSet, dbPath: string): Promise<void> {
  const stores = openStores(dbPath);
  try {
    const ingested = await ingestEvalSet(stores.dispatches, set);
    expect(ingested.rejected).toEqual([]);
    expect(new Set(ingested.ids.keys())).toEqual(new Set(set.sources.map((s) => `${s.name}#0`)));
    expect((await resolveExpected(stores.dispatches, set.questions, ingested, true)).size).toBe(set.questions.length);
  } finally {
    await stores.close();
  }
}
