import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { expectLabelsHold, expectSplitRuleEnforced, expectStoredWhole, fortnightShape } from './fortnight-set-shape.js';
import { useTempDir } from './temp-dir.js';

/** What a fortnight set's brief asked of it: the floors its shape test holds it to. */
export interface FortnightSetSpec {
  /** the describe block's title */
  title: string;
  dir: string;
  /** the first and last UTC day a dispatch may arrive on */
  days: [string, string];
  minDispatches: number;
  minStories: number;
  minBilingualStories: number;
  minOneLanguageStories: number;
  minUpdates: number;
  minQuestions: number;
  minQuestionsPerSplit: number;
  /** the least share of all questions that must be unanswerable near misses, and cross-language */
  unanswerableShare: number;
  crossLanguageShare: number;
  minRelativeDate: number;
  minDated: number;
  minLatest: number;
  minAttribution: number;
}

/**
 * The shape test of a fortnight set written in one sitting (the fourth and later): read through the
 * loader, shaped as its spec asks, labelled consistently, stored whole by the real ingest, and its
 * split rule enforced.
 */
export function describeFortnightSet(spec: FortnightSetSpec): void {
  describe(spec.title, () => {
    const tempDir = useTempDir();
    const set = loadFortnightSet(spec.dir);
    const shape = fortnightShape(set, spec.dir);
    const qs = set.questions;
    const kind = (k: string) => shape.ofKind(k);
    const [firstDay, lastDay] = spec.days;

    it('holds its dispatches, about half in each language, on every Kuwait day of the fortnight, each labelled with one story', () => {
      expect(set.name).toContain(basename(spec.dir));
      expect(set.sources.length).toBeGreaterThanOrEqual(spec.minDispatches);
      expect(shape.arabic).toBeGreaterThanOrEqual(30);
      expect(shape.english).toBeGreaterThanOrEqual(30);
      expect(set.stories?.storyOf.size).toBe(set.sources.length);
      expect(shape.days.every((day) => day >= firstDay && day <= lastDay)).toBe(true);
      expect(shape.kuwaitDays).toBe(14);
    });

    it('imitates the wire forms: flashes in both languages, updates, a correction, stories in both languages and in one', () => {
      expect(shape.firstLines.filter((l) => l.startsWith('URGENT --')).length).toBeGreaterThanOrEqual(2);
      expect(shape.firstLines.filter((l) => l.startsWith('عاجل:')).length).toBeGreaterThanOrEqual(2);
      expect(shape.firstLines.filter((l) => /^(UPDATE:|تحديث:)/.test(l)).length).toBeGreaterThanOrEqual(spec.minUpdates);
      expect(shape.firstLines.some((l) => l.startsWith('CORRECTION:'))).toBe(true);
      const langs = [...shape.langsOfStory.values()];
      expect(langs.length).toBeGreaterThanOrEqual(spec.minStories);
      expect(langs.filter((l) => l.size === 2).length).toBeGreaterThanOrEqual(spec.minBilingualStories);
      expect(langs.filter((l) => l.size === 1).length).toBeGreaterThanOrEqual(spec.minOneLanguageStories);
    });

    it('splits by topic, about half each', () => {
      expect(shape.dispatchesIn('dev')).toBeGreaterThanOrEqual(30);
      expect(shape.dispatchesIn('test')).toBeGreaterThanOrEqual(30);
      expect(shape.questionsIn('dev')).toBeGreaterThanOrEqual(spec.minQuestionsPerSplit);
      expect(shape.questionsIn('test')).toBeGreaterThanOrEqual(spec.minQuestionsPerSplit);
    });

    it('asks its questions in the mix its brief set: half colloquial, unanswerable near misses, across languages both ways, relative dates in four time zones', () => {
      expect(qs.length).toBeGreaterThanOrEqual(spec.minQuestions);
      expect(kind('colloquial').length * 2).toBeGreaterThanOrEqual(qs.length);
      expect(kind('unanswerable').length).toBeGreaterThanOrEqual(qs.length * spec.unanswerableShare);
      expect(kind('near-miss').length).toBe(kind('unanswerable').length);
      expect(kind('cross-language').length).toBeGreaterThanOrEqual(qs.length * spec.crossLanguageShare);
      expect(new Set(kind('cross-language').map((q) => q.lang))).toEqual(new Set(['ar', 'en']));
      expect(kind('relative-date').length).toBeGreaterThanOrEqual(spec.minRelativeDate);
      expect(new Set(kind('relative-date').map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(4);
      expect(kind('dated').length).toBeGreaterThanOrEqual(spec.minDated);
      expect(kind('latest').length).toBeGreaterThanOrEqual(spec.minLatest);
      expect(kind('attribution').length).toBeGreaterThanOrEqual(spec.minAttribution);
      expect(kind('attribution').every((q) => q.speaker && q.quote && q.speakerNames)).toBe(true);
      expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    });

    it('labels every answerable question with existing dispatches and a quote, every unanswerable one with none, a cross-language one with the other language only', () => {
      expectLabelsHold(set, spec.dir);
      for (const q of kind('cross-language')) expect(q.expected.some((ref) => ref.includes(`-${q.lang}-`)), q.id).toBe(false);
    });

    it('is stored whole by the real ingest: no dispatch rejected, every expected dispatch stored and holding its quote', async () => {
      await expectStoredWhole(set, join(tempDir(), 'eval.db'));
    });

    it('refuses a copy whose recorded split disagrees with the topic rule', () => {
      expectSplitRuleEnforced(spec.dir, tempDir());
    });
  });
}
