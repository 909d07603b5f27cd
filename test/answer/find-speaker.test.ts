import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSpeaker } from '../../src/answer/find-speaker.js';
import { parseDispatch } from '../../src/dispatch/parse-dispatch.js';
import { seedPath } from '../helpers/seed-path.js';

describe('findSpeaker', () => {
  it('follows the seed: Xi first, then Putin from "من جهته قال بوتين", and his "وأعرب" sentences stay his', () => {
    const parsed = parseDispatch(readFileSync(seedPath, 'utf8'), { year: 2026, date: '2026-02-05' });
    if (!parsed.ok) throw new Error(parsed.reason);
    const paragraphs = parsed.dispatch.paragraphs;
    const brics = paragraphs.findIndex((p) => p.startsWith('وأعرب عن استعداد موسكو'));
    const putin = paragraphs.findIndex((p) => p.startsWith('من جهته قال بوتين'));
    expect(brics).toBeGreaterThan(putin);
    expect(findSpeaker(paragraphs, putin)).toBe('putin');
    expect(findSpeaker(paragraphs, brics)).toBe('putin');
    expect(findSpeaker(paragraphs, paragraphs.findIndex((p) => p.includes('القول إن العام الحالي')))).toBe('xi-jinping');
  });

  it('takes a name a paragraph gives over the speaker before, and carries "He added" forward', () => {
    const paragraphs = [
      'Russian Foreign Minister Sergei Lavrov said Moscow opposes unilateral sanctions.',
      'For his part, Wang Yi said China is ready to prepare for the SCO summit.',
      'He added that trade should be settled in national currencies.',
      'وقال أردوغان في تصريح للصحفيين إن بلاده تتطلع إلى رفع التبادل التجاري.',
      'وأضاف أن الشركات التركية مستعدة للمشاركة.',
    ];
    expect([0, 1, 2, 3, 4].map((i) => findSpeaker(paragraphs, i))).toEqual(['lavrov', 'wang-yi', 'wang-yi', 'erdogan', 'erdogan']);
  });

  it('finds an Arabic speaker named after a long title, and nobody where the wire names nobody', () => {
    const paragraphs = ['رحب الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي اليوم السبت باتفاق تبادل الأسرى.', 'وتم تداول 280 مليون سهم.'];
    expect(findSpeaker(paragraphs, 0)).toBe('budaiwi');
    expect(findSpeaker(paragraphs, 1)).toBeNull();
  });
});
