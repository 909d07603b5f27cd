import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { loadFortnightSet, thirdFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { expectLabelsHold, expectSplitRuleEnforced, expectStoredWhole, fortnightShape } from '../helpers/fortnight-set-shape.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// The third held-out fortnight (1-14 March 2026): the shape its brief asks for, read through the same
// loader as the other two, from its own directory, and stored whole by the real ingest.
describe('the third fortnight eval set', () => {
  const set = loadFortnightSet(thirdFortnightFixturesDir);
  const shape = fortnightShape(set, thirdFortnightFixturesDir);
  const qs = set.questions;
  const kind = (k: string) => shape.ofKind(k);

  it('holds at least 70 dispatches of 1-14 March, about half in each language, every day, each labelled with one story', () => {
    expect(set.name).toContain('eval-fortnight-3');
    expect(set.sources.length).toBeGreaterThanOrEqual(70);
    expect(shape.arabic).toBeGreaterThanOrEqual(30);
    expect(shape.english).toBeGreaterThanOrEqual(30);
    expect(set.stories?.storyOf.size).toBe(set.sources.length);
    expect(shape.days.every((day) => day >= '2026-02-28' && day <= '2026-03-14')).toBe(true);
    expect(shape.kuwaitDays).toBe(14);
  });

  it('imitates the wire forms: flashes in both languages, updates, a correction, stories in both languages and in one', () => {
    expect(shape.firstLines.filter((l) => l.startsWith('URGENT --')).length).toBeGreaterThanOrEqual(2);
    expect(shape.firstLines.filter((l) => l.startsWith('عاجل:')).length).toBeGreaterThanOrEqual(2);
    expect(shape.firstLines.filter((l) => /^(UPDATE:|تحديث:)/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(shape.firstLines.some((l) => l.startsWith('CORRECTION:'))).toBe(true);
    const langs = [...shape.langsOfStory.values()];
    expect(langs.length).toBeGreaterThanOrEqual(30);
    expect(langs.filter((l) => l.size === 2).length).toBeGreaterThanOrEqual(25);
    expect(langs.filter((l) => l.size === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('splits by topic, about half each, with every story on the side its topic gives', () => {
    expect(shape.dispatchesIn('dev')).toBeGreaterThanOrEqual(30);
    expect(shape.dispatchesIn('test')).toBeGreaterThanOrEqual(30);
    expect(shape.questionsIn('dev')).toBeGreaterThanOrEqual(100);
    expect(shape.questionsIn('test')).toBeGreaterThanOrEqual(100);
  });

  it('asks at least 150 questions: a third colloquial, a fifth or more unanswerable, a tenth across languages, relative dates in several time zones', () => {
    expect(qs.length).toBeGreaterThanOrEqual(150);
    expect(kind('colloquial').length * 3).toBeGreaterThanOrEqual(qs.length);
    expect(kind('unanswerable').length * 5).toBeGreaterThanOrEqual(qs.length);
    expect(kind('near-miss').length * 2).toBeGreaterThan(kind('unanswerable').length);
    expect(kind('cross-language').length * 12).toBeGreaterThanOrEqual(qs.length);
    expect(new Set(kind('cross-language').map((q) => q.lang))).toEqual(new Set(['ar', 'en']));
    expect(kind('relative-date').length).toBeGreaterThanOrEqual(20);
    expect(new Set(kind('relative-date').map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(3);
    expect(kind('dated').length).toBeGreaterThanOrEqual(10);
    expect(kind('latest').length).toBeGreaterThanOrEqual(15);
    expect(kind('attribution').length).toBeGreaterThanOrEqual(20);
    expect(kind('attribution').every((q) => q.speaker && q.quote && q.speakerNames)).toBe(true);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it('labels every answerable question with existing dispatches and a quote, every unanswerable one with none, a cross-language one with the other language only', () => {
    expectLabelsHold(set, thirdFortnightFixturesDir);
    for (const q of kind('cross-language')) expect(q.expected.some((ref) => ref.includes(`-${q.lang}-`)), q.id).toBe(false);
  });

  it('is stored whole by the real ingest: no dispatch rejected, every expected dispatch stored and holding its quote', async () => {
    await expectStoredWhole(set, join(tempDir(), 'eval.db'));
  });

  it('is what the eval tools load by the name fortnight3', () => {
    expect(loadEvalSetByName('fortnight3').name).toBe(set.name);
    expect(() => loadEvalSetByName('fortnight99')).toThrow(/unknown eval set fortnight99/);
  });

  it('refuses a copy whose recorded split disagrees with the topic rule', () => {
    expectSplitRuleEnforced(thirdFortnightFixturesDir, tempDir());
  });
});
