import { describe, expect, it } from 'vitest';
import { asksFine, missesFineAsked } from '../../src/answer/misses-fine-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

describe('near misses: the amount of a fine asked, a passage telling no fine in money', () => {
  it('reads a fine amount asked in both languages, not a count of fines nor a yes or no', () => {
    expect(asksFine("what's the fine for riding a scooter on the road?")).toBe(true);
    expect(asksFine('What is the fine for a school that breaks the bus fee cap?')).toBe(true);
    expect(asksFine('how much are the 17 schools being fined?')).toBe(true);
    expect(asksFine('كم غرامة المحل اللي ما يقبل الكي نت؟')).toBe(true);
    expect(asksFine('ما غرامة ركوب طفل دون 16 عاما للسكوتر؟')).toBe(true);
    expect(asksFine('شو الغرامة؟')).toBe(true);
    expect(asksFine('how many shops have been fined for selling energy drinks to kids?')).toBe(false);
    expect(asksFine('did anyone get fined over the bag delays?')).toBe(false);
    expect(asksFine('كم سعر غرام الذهب عيار 24 اليوم؟')).toBe(false);
    expect(asksFine('how much will the service cost?')).toBe(false);
  });

  it('takes a fine or a penalty told with an amount of money', () => {
    expect(missesFineAsked('وقال إن المخالف يدفع غرامة قدرها 30 دينارا ويحجز السكوتر لمدة شهرين.')).toBe(false);
    expect(missesFineAsked('Violators face a penalty of KD 500.')).toBe(false);
    expect(missesFineAsked('ويعاقب المخالف بغرامة تصل إلى ألف دينار.')).toBe(false);
    expect(missesFineAsked('حددت وزارة التربية سقفا لرسوم النقل قدره 40 دينارا شهريا.')).toBe(true);
    expect(missesFineAsked('The ministry referred 17 private schools for investigation and said fines would follow.')).toBe(true);
  });

  it('is one of the near-miss checks', () => {
    const cap = ['حددت وزارة التربية اليوم سقفا لرسوم النقل بالحافلات في المدارس الخاصة قدره 40 دينارا شهريا.'];
    expect(nearMissOf(nearMissQuestion('What is the fine for a school that breaks the bus fee cap?'))(toldStory(cap))).toBe(true);
    expect(nearMissOf(nearMissQuestion('What is the fine for a school that breaks the bus fee cap?'))(toldStory(['Schools breaking the cap face a fine of KD 1,000.']))).toBe(false);
    expect(nearMissOf(nearMissQuestion('What is the bus fee cap?'))(toldStory(cap))).toBe(false);
  });
});
