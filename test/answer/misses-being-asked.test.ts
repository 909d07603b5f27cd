import { describe, expect, it } from 'vitest';
import { asksWhetherThereIs } from '../../src/answer/asks-whether.js';
import { arabicSkeleton, missesBeingAsked, offersAlternatives } from '../../src/answer/misses-being-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';

const concept = (forms: string[][], documents = 1) => ({ group: forms, documents, critical: true });
const concepts = (...list: ReturnType<typeof concept>[]) => ({ list, total: 10, missing: [], instances: [] }) as never;

describe('near misses: a thing whose being there is asked, a story that never names it', () => {
  it('reads "is there", "are there" and the Arabic فيه, في, هل يوجد as asking whether a thing is there', () => {
    expect(asksWhetherThereIs('is there parking at the puppet show?')).toBe(true);
    expect(asksWhetherThereIs('were there women at the seminar')).toBe(true);
    expect(asksWhetherThereIs('فيه مواقف عند المسرح؟')).toBe(true);
    expect(asksWhetherThereIs('هل يوجد مواقف عند المسرح؟')).toBe(true);
    expect(asksWhetherThereIs('is the parking free?')).toBe(false);
    expect(asksWhetherThereIs('في أي مسرح العرض؟')).toBe(false);
    expect(asksWhetherThereIs('what is there to do at the festival?')).toBe(false);
  });

  it('hears one thing or another offered', () => {
    expect(offersAlternatives('في دوام يوم السبت ولا عطلة؟')).toBe(true);
    expect(offersAlternatives('is there school on monday or not?')).toBe(true);
    expect(offersAlternatives('فيه مواقف عند المسرح؟')).toBe(false);
  });

  it('keeps the letters of an Arabic word through its participle, verb and verbal noun', () => {
    expect(arabicSkeleton('محول')).toBe(arabicSkeleton('حولوا'));
    expect(arabicSkeleton('تحويل')).toBe(arabicSkeleton('حولوا'));
    expect(arabicSkeleton('محل')).not.toBe(arabicSkeleton('مسرح'));
  });

  it('misses a topic the story never names, but a word of otherness and an Arabic word the story writes in another form', () => {
    const parking = concept([['park'], ['مواقف']]);
    const show = concept([['puppet'], ['دمى']]);
    expect(missesBeingAsked(concepts(parking, show), ['A puppet show opened at a theatre.'])).toBe(true);
    expect(missesBeingAsked(concepts(parking, show), ['A puppet show opened, with parking for 900 cars.'])).toBe(false);
    expect(missesBeingAsked(concepts(concept([['another']]), show), ['A puppet show opened at a theatre.'])).toBe(false);
    expect(missesBeingAsked(concepts(concept([['محول']], 0)), ['وقال إن أربعة حولوا من مستشفى آخر.'])).toBe(false);
  });

  it('judges a word no dispatch holds only against a story told in its script alone', () => {
    const shift = concept([['دوام']], 0);
    expect(missesBeingAsked(concepts(shift), ['افتتح مركز للأسنان.'])).toBe(true);
    expect(missesBeingAsked(concepts(shift), ['افتتح مركز للأسنان.', 'The centre will run an evening shift.'])).toBe(false);
  });

  it('makes a near miss of a passage whose story names the show and not the parking asked, and of none that names both', () => {
    const asked = { question: 'is there parking at the puppet show?', type: null, concepts: concepts(concept([['park'], ['مواقف']]), concept([['puppet'], ['دمى']])) };
    const passage = (text: string) => ({ text, told: ['Puppet show opens', text], parallel: '', around: [text] });
    expect(nearMissOf(asked)(passage('A puppet show opened at a theatre in Salmiya, with 12 puppeteers.'))).toBe(true);
    expect(nearMissOf(asked)(passage('Free parking for 900 cars was set aside next to the puppet show.'))).toBe(false);
    expect(nearMissOf({ ...asked, question: 'في مواقف ولا لا عند عرض الدمى؟' })(passage('A puppet show opened at a theatre in Salmiya.'))).toBe(false);
  });
});
