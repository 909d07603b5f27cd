import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFortnightSet, secondFortnightFixturesDir, splitOfTopic } from '../../eval/load-fortnight-set.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// The second held-out fortnight (15-28 February 2026): the shape the brief asks for, read through the
// same loader as the first, from its own directory.
describe('the second fortnight eval set', () => {
  const set = loadFortnightSet(secondFortnightFixturesDir);
  const stories = set.stories;
  const qs = set.questions;
  const kind = (k: string) => qs.filter((q) => (q.kinds as string[]).includes(k));

  it('holds at least 100 dispatches of 15-28 February in both languages, each labelled with one story', () => {
    expect(set.name).toContain('eval-fortnight-2');
    expect(set.sources.length).toBeGreaterThanOrEqual(100);
    expect(set.sources.filter((s) => s.name.includes('-ar-')).length).toBeGreaterThanOrEqual(45);
    expect(set.sources.filter((s) => s.name.includes('-en-')).length).toBeGreaterThanOrEqual(45);
    expect(stories?.storyOf.size).toBe(set.sources.length);
    const days = set.sources.map((s) => s.receivedAt?.toISOString().slice(0, 10) ?? '');
    expect(days.every((day) => day >= '2026-02-14' && day <= '2026-02-28')).toBe(true);
    expect(new Set(set.sources.map((s) => s.name.slice(0, 4))).size).toBe(14);
  });

  it('imitates the wire forms: flashes in both languages, updates, a correction, dispatches in both languages of one story', () => {
    const text = (name: string) => readFileSync(join(secondFortnightFixturesDir, 'dispatches', name), 'utf8');
    const firstLines = set.sources.map((s) => text(s.name).split('\n')[0] ?? '');
    expect(firstLines.filter((l) => l.startsWith('URGENT --')).length).toBeGreaterThanOrEqual(2);
    expect(firstLines.filter((l) => l.startsWith('عاجل:')).length).toBeGreaterThanOrEqual(3);
    expect(firstLines.filter((l) => /^(UPDATE:|تحديث:)/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(firstLines.some((l) => l.startsWith('CORRECTION:'))).toBe(true);
    const langsOfStory = new Map<string, Set<string>>();
    for (const [ref, story] of stories?.storyOf ?? []) langsOfStory.set(story, (langsOfStory.get(story) ?? new Set()).add(ref.includes('-ar-') ? 'ar' : 'en'));
    expect([...langsOfStory.values()].filter((langs) => langs.size === 2).length).toBeGreaterThanOrEqual(30);
  });

  it('splits by topic, about half each, with every story on the side its topic gives', () => {
    const splits = [...(stories?.storyOf.values() ?? [])].map((story) => stories?.splitOf.get(story));
    expect(splits.filter((s) => s === 'dev').length).toBeGreaterThanOrEqual(40);
    expect(splits.filter((s) => s === 'test').length).toBeGreaterThanOrEqual(40);
    expect(new Set(qs.map((q) => q.split))).toEqual(new Set(['dev', 'test']));
    expect(qs.filter((q) => q.split === 'dev').length).toBeGreaterThanOrEqual(90);
    expect(qs.filter((q) => q.split === 'test').length).toBeGreaterThanOrEqual(90);
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
    const names = new Set(set.sources.map((s) => s.name));
    for (const q of qs) {
      const unanswerable = (q.kinds as string[]).includes('unanswerable');
      expect(q.expected.length === 0, q.id).toBe(unanswerable);
      expect(q.expected.every((ref) => names.has(ref.replace(/#\d+$/, ''))), q.id).toBe(true);
      if (!unanswerable) {
        const first = readFileSync(join(secondFortnightFixturesDir, 'dispatches', (q.expected[0] as string).replace(/#\d+$/, '')), 'utf8');
        expect(first.includes(q.quote ?? '\u0000'), q.id).toBe(true);
      }
    }
  });

  it('refuses a copy whose recorded split disagrees with the topic rule', () => {
    const dir = tempDir();
    cpSync(secondFortnightFixturesDir, dir, { recursive: true });
    const path = join(dir, 'stories.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { stories: Array<{ id: string; topic: string; split: string }> };
    const story = file.stories[0] as { id: string; topic: string; split: string };
    story.split = splitOfTopic(story.topic) === 'dev' ? 'test' : 'dev';
    writeFileSync(path, JSON.stringify(file));
    expect(() => loadFortnightSet(dir)).toThrow(new RegExp(`story ${story.id}: split`));
  });
});
