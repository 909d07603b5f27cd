import { describe, expect, it } from 'vitest';
import { formatDigest } from '../../src/digest/format-digest.js';

const story = (n: number) => ({ storyId: `s${n}`, title: `Story ${n} <b>&`, summary: `Lead ${n} a<b`, dispatchIds: [`kuna-20260204-00000000000${n % 10}`] });

describe('formatDigest', () => {
  it('shows a handful of stories, escaped, each with its /source link, and counts the rest', () => {
    const html = formatDigest({ lang: 'en', since: '2026-02-04T00:00:00.000Z', stories: Array.from({ length: 9 }, (_, i) => story(i + 1)) }, 'en');
    expect(html.startsWith('<b>Your briefing</b>')).toBe(true);
    expect(html).toContain('1. <b>Story 1 &lt;b&gt;&amp;</b>\nLead 1 a&lt;b\n/source_kuna_20260204_000000000001');
    expect(html).not.toContain('Story 8');
    expect(html).toContain('…and 2 more stories');
  });

  it('says so plainly when nothing is new, in the subscriber’s language', () => {
    expect(formatDigest({ lang: 'ar', since: '2026-02-04T00:00:00.000Z', stories: [] }, 'ar')).toBe('<b>موجزك</b>\nلا برقيات جديدة منذ موجزك الأخير.');
  });
});
