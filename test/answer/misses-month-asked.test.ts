import { describe, expect, it } from 'vitest';
import { missesMonthAsked, monthsAsked } from '../../src/answer/misses-month-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

const months = (question: string) => [...(monthsAsked(question)?.months ?? [])];

// An asthma story told for July and June, and a towers story told for January to July. Written for this test.
const ASTHMA = ['استقبلت أقسام الطوارئ 3860 حالة ربو خلال شهر يوليو، بزيادة 22 في المئة عن شهر يونيو.', 'In a story issued on August 7, please read the number of cases in July as 3,860.'];
const TOWERS = ['Kuwait Towers received 214,000 visitors from January to July, the operator said.', 'استقبلت الأبراج 214 ألف زائر في الأشهر السبعة الأولى من العام.'];

describe('near misses: a month asked, a story of another month or a longer span', () => {
  it('reads a month asked as a span, by name in either language or by number in Gulf speech, not a day of one nor the verb may', () => {
    expect(months('كم حالة ربو في أغسطس لين الحين؟')).toEqual([8]);
    expect(months('are asthma cases up in august too?')).toEqual([8]);
    expect(months('كم حادث صار في شهر 7؟')).toEqual([7]);
    expect(months('كم حادث صار في تموز؟')).toEqual([7]);
    expect(months('how much will taxis charge from may?')).toEqual([5]);
    expect(months('how many may come?')).toEqual([]);
    expect(months('What did KUNA correct on August 8?')).toEqual([]);
    expect(monthsAsked('كم زائر راح الأبراج في يوليو بس؟')?.alone).toBe(true);
    expect(monthsAsked('how many visitors in july?')?.alone).toBe(false);
  });

  it('misses a month no paragraph tells, or one asked alone that is told only as a bound of a span', () => {
    expect(missesMonthAsked(monthsAsked('كم حالة ربو في أغسطس لين الحين؟')!, ASTHMA)).toBe(true);
    expect(missesMonthAsked(monthsAsked('how many asthma cases in july?')!, ASTHMA)).toBe(false);
    expect(missesMonthAsked(monthsAsked('كم زائر راح الأبراج في يوليو بس؟')!, TOWERS)).toBe(true);
    expect(missesMonthAsked(monthsAsked('how many visitors from january to july?')!, TOWERS)).toBe(false);
    expect(missesMonthAsked(monthsAsked('how many visitors in july?')!, ['The towers received 214,000 visitors this year.'])).toBe(false);
    // `حتى` as normaliseArabic writes it (`حتي`): July told as the end of a span from January.
    expect(missesMonthAsked(monthsAsked('كم زائر راح الأبراج في يوليو بس؟')!, ['استقبلت الأبراج 214 ألف زائر من يناير حتى يوليو.'])).toBe(true);
  });

  it('is one of the near-miss checks', () => {
    expect(nearMissOf(nearMissQuestion('how many asthma cases in august?'))(toldStory(ASTHMA))).toBe(true);
    expect(nearMissOf(nearMissQuestion('how many asthma cases in july?'))(toldStory(ASTHMA))).toBe(false);
  });
});
