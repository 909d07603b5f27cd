import { describe, expect, it } from 'vitest';
import { arrivalOf, loadFortnightSet, splitOfTopic, wireYearOf } from '../../eval/load-fortnight-set.js';

// The held-out set's shape, as issue 12 asks for it: size, mix of questions, a split by story.
describe('the fortnight eval set', () => {
  const set = loadFortnightSet();
  const stories = set.stories;

  it('holds at least 120 dispatches in both languages, each labelled with one story', () => {
    expect(set.sources.length).toBeGreaterThanOrEqual(120);
    expect(set.sources.filter((s) => s.name.includes('-ar-')).length).toBeGreaterThanOrEqual(50);
    expect(set.sources.filter((s) => s.name.includes('-en-')).length).toBeGreaterThanOrEqual(50);
    expect(stories?.storyOf.size).toBe(set.sources.length);
  });

  it('splits by story, about half each, the same way every time', () => {
    const splits = [...(stories?.storyOf.values() ?? [])].map((story) => stories?.splitOf.get(story));
    expect(splits.filter((s) => s === 'dev').length).toBeGreaterThanOrEqual(45);
    expect(splits.filter((s) => s === 'test').length).toBeGreaterThanOrEqual(45);
    expect(splitOfTopic('boursa')).toBe('dev');
    expect(splitOfTopic('oil-price')).toBe('test');
  });

  it('asks at least 200 questions, a third colloquial, with near misses, relative dates and both directions across languages', () => {
    const qs = set.questions;
    const kind = (k: string) => qs.filter((q) => (q.kinds as string[]).includes(k));
    expect(qs.length).toBeGreaterThanOrEqual(200);
    expect(kind('colloquial').length * 3).toBeGreaterThanOrEqual(qs.length);
    expect(kind('near-miss').length).toBeGreaterThanOrEqual(30);
    expect(kind('relative-date').length).toBeGreaterThanOrEqual(20);
    expect(kind('latest').length).toBeGreaterThanOrEqual(15);
    expect(kind('attribution').length).toBeGreaterThanOrEqual(15);
    expect(new Set(kind('cross-language').map((q) => q.lang))).toEqual(new Set(['ar', 'en']));
    expect(new Set(qs.map((q) => q.timeZone)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(qs.map((q) => q.split))).toEqual(new Set(['dev', 'test']));
  });

  it('dates each dispatch by its arrival in Kuwait time', () => {
    expect(arrivalOf('0205-0830-en-handball.txt').toISOString()).toBe('2026-02-05T05:30:00.000Z');
    expect(() => arrivalOf('handball.txt')).toThrow(/MMDD-HHMM/);
  });

  it('puts the January files of a fortnight that turns the year in the next year, and only those', () => {
    expect(arrivalOf('0101-0900-en-babies.txt', true).toISOString()).toBe('2027-01-01T06:00:00.000Z');
    expect(arrivalOf('1231-1400-en-babies.txt', true).toISOString()).toBe('2026-12-31T11:00:00.000Z');
    expect(arrivalOf('0101-0900-en-babies.txt').toISOString()).toBe('2026-01-01T06:00:00.000Z');
  });

  it('takes the wire year from when the questions are asked: a set wholly in January 2027 is read as 2027, the others as before', () => {
    const january = ['0103-1000-en-humps.txt', '0116-1500-en-chicks.txt'];
    expect(wireYearOf(january, new Date('2027-01-16T20:00:00Z'))).toBe(2027);
    expect(arrivalOf('0103-1000-en-humps.txt', false, 2027).toISOString()).toBe('2027-01-03T07:00:00.000Z');
    expect(wireYearOf(['0205-0830-en-handball.txt'], new Date('2026-02-20T20:00:00Z'))).toBe(2026);
    expect(wireYearOf(['1220-0900-en-wood.txt', '0102-1400-en-croquet.txt'], new Date('2027-01-02T20:00:00Z'))).toBe(2026);
    expect(wireYearOf(['1206-0900-en-fog.txt', '1219-1500-en-frost.txt'], new Date('2027-01-05T09:00:00Z'))).toBe(2026);
  });
});
