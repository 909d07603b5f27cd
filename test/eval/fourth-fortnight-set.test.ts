import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';
import { fourthFortnightFixturesDir, loadFortnightSet } from '../../eval/load-fortnight-set.js';
import { expectLabelsHold, expectSplitRuleEnforced, expectStoredWhole, fortnightShape } from '../helpers/fortnight-set-shape.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// The fourth held-out fortnight (15-28 March 2026, the end of Ramadan and Eid al-Fitr): the shape its
// brief asks for, read through the same loader as the other three, and stored whole by the real ingest.
describe('the fourth fortnight eval set', () => {
  const set = loadFortnightSet(fourthFortnightFixturesDir);
  const shape = fortnightShape(set, fourthFortnightFixturesDir);
  const qs = set.questions;
  const kind = (k: string) => shape.ofKind(k);

  it('holds about 70 dispatches of 15-28 March, about half in each language, every day, each labelled with one story', () => {
    expect(set.name).toContain('eval-fortnight-4');
    expect(set.sources.length).toBeGreaterThanOrEqual(65);
    expect(shape.arabic).toBeGreaterThanOrEqual(30);
    expect(shape.english).toBeGreaterThanOrEqual(30);
    expect(set.stories?.storyOf.size).toBe(set.sources.length);
    expect(shape.days.every((day) => day >= '2026-03-14' && day <= '2026-03-28')).toBe(true);
    expect(shape.kuwaitDays).toBe(14);
  });

  it('imitates the wire forms: flashes in both languages, updates, a correction, stories in both languages and in one', () => {
    expect(shape.firstLines.filter((l) => l.startsWith('URGENT --')).length).toBeGreaterThanOrEqual(2);
    expect(shape.firstLines.filter((l) => l.startsWith('عاجل:')).length).toBeGreaterThanOrEqual(2);
    expect(shape.firstLines.filter((l) => /^(UPDATE:|تحديث:)/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(shape.firstLines.some((l) => l.startsWith('CORRECTION:'))).toBe(true);
    const langs = [...shape.langsOfStory.values()];
    expect(langs.length).toBeGreaterThanOrEqual(28);
    expect(langs.filter((l) => l.size === 2).length).toBeGreaterThanOrEqual(24);
    expect(langs.filter((l) => l.size === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('splits by topic, about half each, with every story on the side its topic gives', () => {
    expect(shape.dispatchesIn('dev')).toBeGreaterThanOrEqual(30);
    expect(shape.dispatchesIn('test')).toBeGreaterThanOrEqual(30);
    expect(shape.questionsIn('dev')).toBeGreaterThanOrEqual(100);
    expect(shape.questionsIn('test')).toBeGreaterThanOrEqual(100);
  });

  it('asks about 240 questions: half colloquial, a quarter unanswerable near misses, across languages both ways, relative dates in four time zones', () => {
    expect(qs.length).toBeGreaterThanOrEqual(230);
    expect(kind('colloquial').length * 2).toBeGreaterThanOrEqual(qs.length);
    expect(kind('unanswerable').length * 4).toBeGreaterThanOrEqual(qs.length - 10);
    expect(kind('near-miss').length).toBe(kind('unanswerable').length);
    expect(kind('cross-language').length * 10).toBeGreaterThanOrEqual(qs.length);
    expect(new Set(kind('cross-language').map((q) => q.lang))).toEqual(new Set(['ar', 'en']));
    expect(kind('relative-date').length).toBeGreaterThanOrEqual(24);
    expect(new Set(kind('relative-date').map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(kind('dated').length).toBeGreaterThanOrEqual(10);
    expect(kind('latest').length).toBeGreaterThanOrEqual(15);
    expect(kind('attribution').length).toBeGreaterThanOrEqual(25);
    expect(kind('attribution').every((q) => q.speaker && q.quote && q.speakerNames)).toBe(true);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it('labels every answerable question with existing dispatches and a quote, every unanswerable one with none, a cross-language one with the other language only', () => {
    expectLabelsHold(set, fourthFortnightFixturesDir);
    for (const q of kind('cross-language')) expect(q.expected.some((ref) => ref.includes(`-${q.lang}-`)), q.id).toBe(false);
  });

  it('is stored whole by the real ingest: no dispatch rejected, every expected dispatch stored and holding its quote', async () => {
    await expectStoredWhole(set, join(tempDir(), 'eval.db'));
  });

  it('is what the eval tools load by the name fortnight4', () => {
    expect(loadEvalSetByName('fortnight4').name).toBe(set.name);
  });

  it('refuses a copy whose recorded split disagrees with the topic rule', () => {
    expectSplitRuleEnforced(fourthFortnightFixturesDir, tempDir());
  });
});
