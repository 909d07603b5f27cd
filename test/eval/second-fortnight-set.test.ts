import { describe, expect, it } from 'vitest';
import { loadFortnightSet, secondFortnightFixturesDir } from '../../eval/load-fortnight-set.js';
import { expectLabelsHold, expectSplitRuleEnforced, fortnightShape } from '../helpers/fortnight-set-shape.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// The second held-out fortnight (15-28 February 2026): the shape the brief asks for, read through the
// same loader as the first, from its own directory.
describe('the second fortnight eval set', () => {
  const set = loadFortnightSet(secondFortnightFixturesDir);
  const shape = fortnightShape(set, secondFortnightFixturesDir);
  const qs = set.questions;
  const kind = (k: string) => shape.ofKind(k);

  it('holds at least 100 dispatches of 15-28 February in both languages, each labelled with one story', () => {
    expect(set.name).toContain('eval-fortnight-2');
    expect(set.sources.length).toBeGreaterThanOrEqual(100);
    expect(shape.arabic).toBeGreaterThanOrEqual(45);
    expect(shape.english).toBeGreaterThanOrEqual(45);
    expect(set.stories?.storyOf.size).toBe(set.sources.length);
    expect(shape.days.every((day) => day >= '2026-02-14' && day <= '2026-02-28')).toBe(true);
    expect(shape.kuwaitDays).toBe(14);
  });

  it('imitates the wire forms: flashes in both languages, updates, a correction, dispatches in both languages of one story', () => {
    expect(shape.firstLines.filter((l) => l.startsWith('URGENT --')).length).toBeGreaterThanOrEqual(2);
    expect(shape.firstLines.filter((l) => l.startsWith('عاجل:')).length).toBeGreaterThanOrEqual(3);
    expect(shape.firstLines.filter((l) => /^(UPDATE:|تحديث:)/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(shape.firstLines.some((l) => l.startsWith('CORRECTION:'))).toBe(true);
    expect([...shape.langsOfStory.values()].filter((langs) => langs.size === 2).length).toBeGreaterThanOrEqual(30);
  });

  it('splits by topic, about half each, with every story on the side its topic gives', () => {
    expect(shape.dispatchesIn('dev')).toBeGreaterThanOrEqual(40);
    expect(shape.dispatchesIn('test')).toBeGreaterThanOrEqual(40);
    expect(new Set(qs.map((q) => q.split))).toEqual(new Set(['dev', 'test']));
    expect(shape.questionsIn('dev')).toBeGreaterThanOrEqual(90);
    expect(shape.questionsIn('test')).toBeGreaterThanOrEqual(90);
  });

  it('asks at least 200 questions: a third colloquial, a fifth unanswerable, relative dates in several time zones, both directions across languages', () => {
    expect(qs.length).toBeGreaterThanOrEqual(200);
    expect(kind('colloquial').length * 3).toBeGreaterThanOrEqual(qs.length);
    expect(kind('unanswerable').length * 5).toBeGreaterThanOrEqual(qs.length);
    expect(kind('near-miss').length).toBeGreaterThanOrEqual(40);
    expect(kind('relative-date').length).toBeGreaterThanOrEqual(20);
    expect(kind('dated').length).toBeGreaterThanOrEqual(15);
    expect(kind('latest').length).toBeGreaterThanOrEqual(15);
    expect(kind('attribution').length).toBeGreaterThanOrEqual(15);
    expect(kind('attribution').every((q) => q.speaker && q.quote && q.speakerNames)).toBe(true);
    expect(new Set(kind('cross-language').map((q) => q.lang))).toEqual(new Set(['ar', 'en']));
    expect(new Set(kind('relative-date').map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it('labels every answerable question with existing dispatches and a quote, and every unanswerable one with none', () => {
    expectLabelsHold(set, secondFortnightFixturesDir);
  });

  it('refuses a copy whose recorded split disagrees with the topic rule', () => {
    expectSplitRuleEnforced(secondFortnightFixturesDir, tempDir());
  });
});
