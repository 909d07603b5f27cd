import { describe, expect, it } from 'vitest';
import { holdsFiller } from '../../src/answer/names-doer.js';
import { speakerDoesIt } from '../../src/answer/speaker-does-it.js';

describe('the speaker is the doer when what is reported has the speaker as subject', () => {
  it('reads an English speaker named before its verb and followed by an active subject pronoun', () => {
    expect(speakerDoesIt('Kuwait Port Authority said it had leased two berths to a shipping line.')).toBe(true);
    expect(speakerDoesIt('Club chairman Faisal Al-Ruwaished told KUNA he expected a full stadium on Friday.')).toBe(true);
    expect(speakerDoesIt('The Public Authority for Housing said on Sunday that it had signed the contract.')).toBe(true);
    expect(holdsFiller('Kuwait Port Authority said it had leased two berths to a shipping line.', 'person')).toBe(true);
  });

  it('reads an Arabic speaker given by two words or more before a complement carrying its pronoun', () => {
    expect(speakerDoesIt('وقال مدير الميناء خالد العلي ل(كونا) إنه وقع عقد التأجير أمس.')).toBe(true);
    expect(speakerDoesIt('قالت الهيئة العامة للإسكان اليوم الأحد إنها وقعت العقد.')).toBe(true);
    expect(holdsFiller('وقال مدير الميناء خالد العلي ل(كونا) إنه وقع عقد التأجير أمس.', 'person')).toBe(true);
  });

  it('takes no unnamed speaker, no passive, no other subject', () => {
    expect(speakerDoesIt('He said it had leased two berths.')).toBe(false);
    expect(speakerDoesIt('Kuwait Port Authority said it was leased by the ministry.')).toBe(false);
    expect(speakerDoesIt('Kuwait Port Authority said the shipping line had leased two berths.')).toBe(false);
    expect(speakerDoesIt('وقال إنه وقع العقد.')).toBe(false);
    expect(speakerDoesIt('قالت الهيئة العامة للإسكان اليوم الأحد إن شركة وقعت العقد.')).toBe(false);
  });
});

describe('an Arabic speaker that only goes back to a body named before', () => {
  it('takes no bare noun with how it spoke for a name (`وقالت الهيئة في بيان إنها`)', () => {
    expect(speakerDoesIt('وقالت الهيئة في بيان إنها لم تتلق أي طلب.')).toBe(false);
    expect(speakerDoesIt('وقالت الهيئة العامة للبيئة في بيان إنها لم تتلق أي طلب.')).toBe(true);
  });
});

describe('who the Arabic speaker spoke to', () => {
  it('drops the agency, paper or press addressed, bracketed or bare, from the speaker', () => {
    expect(speakerDoesIt('وقال المدير ل(كونا)، إنه سيسافر غدا.')).toBe(false);
    expect(speakerDoesIt('وقال المدير لكونا إنه سيسافر غدا.')).toBe(false);
    expect(speakerDoesIt('وقال المدير ل(وام) إنه سيسافر غدا.')).toBe(false);
    expect(speakerDoesIt('وقال المدير لصحيفة الرأي إنه سيسافر غدا.')).toBe(false);
    expect(speakerDoesIt('وقال المدير للصحفيين إنه سيسافر غدا.')).toBe(false);
  });

  it('keeps a word of the speaker that merely begins with ل (`لجنة`, `لقاء`)', () => {
    expect(speakerDoesIt('وقالت لجنة المسابقات إنها ستعيد المباراة.')).toBe(true);
    expect(speakerDoesIt('وقالت لقاء الصالح ل(كونا) إنها فازت بالجائزة.')).toBe(true);
  });
});
