import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { countsAskedThing } from '../../src/answer/counts-asked-thing.js';
import { spellArabicCounts } from '../../src/answer/spell-arabic-counts.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Sentences written for this test, in the wire's Arabic.
const concept = (...words: string[]) => ({ group: words.map((word) => analyseText(word)) });
const counted = (word: string) => ({ ...concept(word), critical: true, documents: 1, asking: false }) as unknown as Parameters<typeof countsAskedThing>[1];

describe("an Arabic count in another form than the asker's singular", () => {
  it('spells a feminine dual as two and its singular', () => {
    expect(spellArabicCounts('قرر المكتب عقد جلستين كل شهر.', concept('جلسة'))).toBe('قرر المكتب عقد 2 جلسة كل شهر.');
    expect(spellArabicCounts('وعاد المنتخب بميداليتين.', concept('ميدالية'))).toBe('وعاد المنتخب 2 ميدالية.');
  });

  it('spells a broken plural right after a figure as its singular, with a dropped word between', () => {
    expect(spellArabicCounts('بمشاركة ثماني فرق في الدوري.', concept('فريق'))).toBe('بمشاركة ثماني فريق في الدوري.');
    expect(spellArabicCounts('وإن 30 من العمال عادوا.', concept('عامل'))).toBe('وإن 30 من عامل عادوا.');
    expect(spellArabicCounts('لجنة من سبعة أعضاء.', concept('عضو'))).toBe('لجنة من سبعة عضو.');
    expect(spellArabicCounts('وضعت لوحات على خمسة شواطئ في الجنوب.', concept('شاطئ'))).toBe('وضعت لوحات على خمسة شاطئ في الجنوب.');
    expect(spellArabicCounts('وأغلقت ثلاثة شوارع فرعية.', concept('شارع'))).toBe('وأغلقت ثلاثة شارع فرعية.');
  });

  it("spells a singular after a figure as the asker's short broken plural, and the accusative singular as the singular", () => {
    expect(spellArabicCounts('وقال إن 31 رضيعا راجعوا العيادة.', concept('الرضع'))).toBe('وقال إن 31 رضع راجعوا العيادة.');
    expect(spellArabicCounts('وأضاف أن 14 سفينة رست في الميناء.', concept('السفن'))).toBe('وأضاف أن 14 سفن رست في الميناء.');
    expect(spellArabicCounts('وإن 52 معلما حضروا الدورة.', concept('معلم'))).toBe('وإن 52 معلم حضروا الدورة.');
    expect(spellArabicCounts('وقال إن رضيعا واحدا نقل إلى المستشفى.', concept('الرضع'))).toBe('وقال إن رضيعا واحدا نقل إلى المستشفى.');
  });

  it('leaves the plural shape where no figure stands before it, a name ending as a dual, and another thing', () => {
    expect(spellArabicCounts('وناقشت الفرق الفنية الخطة.', concept('فريق'))).toBe('وناقشت الفرق الفنية الخطة.');
    expect(spellArabicCounts('والتقى بوتين الوفد.', concept('بوت'))).toBe('والتقى بوتين الوفد.');
    expect(spellArabicCounts('وزارت الوزيرة مدرستين.', concept('جلسة'))).toBe('وزارت الوزيرة مدرستين.');
  });

  it('counts the thing asked by its dual or by its plural after a figure', () => {
    expect(countsAskedThing('وقال إن المكتب قرر عقد جلستين عاديتين كل أسبوعين.', counted('جلسة'))).toBe(true);
    expect(countsAskedThing('انطلق الدوري بمشاركة ثماني فرق على ملعب المجمع.', counted('فريق'))).toBe(true);
    expect(countsAskedThing('انطلق الدوري بمشاركة 130 لاعبا على ملعب المجمع.', counted('فريق'))).toBe(false);
    expect(countsAskedThing('وقالت إن لوحات تحذيرية وضعت على خمسة شواطئ في جنوب البلاد.', counted('شاطئ'))).toBe(true);
    expect(countsAskedThing('وقال إن 31 رضيعا راجعوا العيادة في أسبوعها الأول.', counted('الرضع'))).toBe(true);
    expect(countsAskedThing('وقال إن 31 طبيبا راجعوا العيادة في أسبوعها الأول.', counted('الرضع'))).toBe(false);
  });
});

const tempDir = useTempDir();
const now = new Date('2026-10-04T08:00:00Z');

// A chess league's opening, its teams told as a broken plural after a figure, and another story, so that the league's words
// are not in every dispatch of the store. Written for this test.
const WIRE = `التاريخ : 03/10/2026
الكويت - 3 - 10 (كونا) -- انطلقت اليوم السبت منافسات أول دوري محلي للشطرنج السريع بمشاركة تسع فرق في صالة نادي الشباب.(النهاية)
ع م / س ر

التاريخ : 03/10/2026
الكويت - 3 - 10 (كونا) -- عاد منتخب الكويت للتجديف من بطولة الخليج للتجديف بميداليتين فضية وبرونزية.(النهاية)
ع م / س ر
`;

describe('an Arabic count in another form, answered', () => {
  it('answers from the passage that names the thing counted only as a plural after a figure', async () => {
    const teams = await askOnWire(tempDir(), WIRE, 'كم فريق بدوري الشطرنج السريع؟', now);
    expect(teams.found).toBe(true);
    expect(teams.citations.some((c) => c.quote.includes('تسع فرق'))).toBe(true);
  });
});
