import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';

// Questions and sentences written for this test.
const asked = (question: string) => [...findOrdinalsAndYears(question, true).ordinals];
const told = (text: string) => [...findOrdinalsAndYears(text).ordinals];

describe('an asked bare ثاني that means "another" names no instance', () => {
  it('reads ثاني/ثانية after an indefinite word it qualifies as "another", and كم ثانية as seconds', () => {
    expect(asked('بيفتحون مطعم ثاني بالسوق؟')).toEqual([]);
    expect(asked('بيرجعون المعرض مرة ثانية؟')).toEqual([]);
    expect(asked('فيه مدارس ثانية بتسكر؟')).toEqual([]);
    expect(asked('كم ثانية تاخذ الرحلة؟')).toEqual([]);
  });

  it('keeps the ordinal with the article, in construct before a noun, and after a verb of being placed', () => {
    expect(asked('متى تبدأ المرحلة الثانية من المشروع؟')).toEqual([2]);
    expect(asked('وين بيفتحون ثاني مطعم؟')).toEqual([2]);
    expect(asked('منو طلع ثاني بالسباق؟')).toEqual([2]);
    expect(asked('رصدوا قرشا ثانيا؟')).toEqual([2]);
  });

  it('leaves the wire\'s a second one (دفعة ثانية) an instance it tells', () => {
    expect(told('وصلت دفعة ثانية من المساعدات.')).toEqual([2]);
  });
});
