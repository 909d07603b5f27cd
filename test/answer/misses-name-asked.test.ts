import { describe, expect, it } from 'vitest';
import { missesNameAsked, nameAsked } from '../../src/answer/misses-name-asked.js';

// Sentences written for this test.
describe("near misses: a person's name asked, no name tied to the noun asked", () => {
  it('reads the person a question asks the name of, not a thing', () => {
    expect(nameAsked("what's the girl's name?")?.en).toEqual(['girl', 'girls']);
    expect(nameAsked('What were the names of the two injured fishermen?')?.en).toEqual(['fisherman', 'fishermen']);
    expect(nameAsked('شو اسم السائق؟')?.ar).toBe('السائق');
    expect(nameAsked('شو اسم الأردني اللي فاز؟')?.ar).toBe('الاردني');
    expect(nameAsked("what's the name of the new ferry?")).toBeUndefined();
    expect(nameAsked('شو اسم الكتاب الجديد؟')).toBeUndefined();
  });

  it('misses where only a place or another person is named, not where the name stands by the noun', () => {
    const girl = ['girl', 'girls'] as const;
    expect(missesNameAsked({ en: girl }, 'A seven-year-old girl was taken to Farwaniya Hospital after the fall, Colonel Khaled Al-Enezi said.')).toBe(true);
    expect(missesNameAsked({ en: girl }, 'The girl, Noura Al-Mutairi, was taken to Farwaniya Hospital after the fall.')).toBe(false);
    expect(missesNameAsked({ en: girl }, 'Noura Al-Mutairi, a seven-year-old girl, was taken to hospital.')).toBe(false);
    expect(missesNameAsked({ ar: 'السائق' }, 'ونقل السائق إلى مستشفى العدان وقال مدير الإدارة العقيد خالد العنزي إن الحادث وقع فجرا.')).toBe(true);
    expect(missesNameAsked({ ar: 'السائق' }, 'ونقل السائق محمد بن علي إلى مستشفى العدان.')).toBe(false);
  });
});

describe('near misses: a name asked in English, an Arabic passage naming someone else', () => {
  it('misses an Arabic passage where the name stands by no Arabic word of the noun asked', () => {
    const driver = ['driver', 'drivers'] as const;
    expect(missesNameAsked({ en: driver }, 'وقال المتحدث باسم الوزارة طلال الحمدان إن الفرق انتشلت السائق خلال عشر دقائق.')).toBe(true);
    expect(missesNameAsked({ en: driver }, 'ونقل السائق محمد بن علي إلى مستشفى العدان.')).toBe(false);
    expect(missesNameAsked({ en: ['fisherman', 'fishermen'] }, 'وانتشل خفر السواحل الصيادين أحمد سالم العنزي وزميله.')).toBe(false);
  });
});

describe('a name asked with the possessive typed without its apostrophe', () => {
  it('reads the people noun before "name" as the person asked, judges and examiners among them', () => {
    expect(nameAsked('what are the mosaic students names?')?.en).toEqual(['student', 'students']);
    expect(nameAsked('what were the beatbox judges names')?.en).toEqual(['judge', 'judges']);
    expect(nameAsked('what is the japanese examiners name')?.en).toEqual(['examiner', 'examiners']);
    expect(nameAsked('what are the team names?')).toBeUndefined();
  });

  it('misses a passage that tells of the judges without naming one, not one that names them', () => {
    const judge = ['judge', 'judges'] as const;
    expect(missesNameAsked({ en: judge }, 'وقال مدير المركز سعد المطيري ل(كونا) إن لجنة التحكيم ضمت ثلاثة موسيقيين.')).toBe(true);
    expect(missesNameAsked({ en: judge }, 'وضمت لجنة التحكيم الموسيقي فهد العلي والمطرب سالم الحداد.')).toBe(false);
    expect(missesNameAsked({ en: ['examiner', 'examiners'] }, 'Head instructor Khalid Al-Mulla told KUNA that an examiner had flown in from Japan for the tests.')).toBe(true);
  });
});
