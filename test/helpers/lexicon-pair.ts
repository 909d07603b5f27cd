import { expect } from 'vitest';
import type { Lang } from '../../src/dispatch/dispatch-types.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import type { DispatchStore } from '../../src/store/dispatch-store.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';

/** Asserts the lexicon joins `asked` and `written` (their first tokens) although no form of `earlier` holds either: a pair a block under test makes. */
export function expectPairOnlyJoinedNow(earlier: readonly string[], asked: string, written: string): void {
  const tokens = new Set(earlier.flatMap((form) => analyseText(form)));
  const [a, b] = [analyseText(asked)[0] as string, analyseText(written)[0] as string];
  expect([tokens.has(a), tokens.has(b)]).toEqual([false, false]);
  expect(lexiconJoins(a, b)).toBe(true);
}

/** Asserts that searching `asked` finds one dispatch, in `lang`, whose snippet holds `written`. */
export async function expectOnlyStoryFound(dispatches: DispatchStore, asked: string, written: string, lang: Lang): Promise<void> {
  const results = await searchDispatches(dispatches, asked, 5);
  expect(results.map((r) => r.lang)).toEqual([lang]);
  expect(normaliseArabic(results[0]?.snippet ?? '')).toContain(normaliseArabic(written).slice(0, 4));
}
