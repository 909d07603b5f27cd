import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';

// Questions and sentences written for this test.
const ordinals = (text: string, question = false) => [...findOrdinalsAndYears(text, question).ordinals];

describe('أول ما opens a clause, it names no first instance', () => {
  it('reads أول ما ("when … first", "the first thing that") as no ordinal, in a question or in copy', () => {
    expect(ordinals('أول ما فتحت العيادة المسائية أي أيام كانت تشتغل؟', true)).toEqual([]);
    expect(ordinals('وقال إن أول ما يلفت الزائر هو حجم المعرض.')).toEqual([]);
  });

  it('keeps أول before a noun, with the article, and with ما elsewhere in the sentence', () => {
    expect(ordinals('متى افتتحت أول عيادة مسائية؟', true)).toEqual([1]);
    expect(ordinals('ما موعد الجولة الأولى؟', true)).toEqual([1]);
    expect(ordinals('بعد الأول ما صار شي؟', true)).toEqual([1]);
  });
});
