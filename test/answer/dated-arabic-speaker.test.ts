import { describe, expect, it } from 'vitest';
import { namesTitledArabicSpeaker } from '../../src/answer/names-arabic-person.js';

// Our own leads: a book fair, a rowing club. The wire dates its Arabic lead after the speaker and the agency.
describe('namesTitledArabicSpeaker: the lead dated after the agency', () => {
  it('reads the holder when the day follows the agency (اليوم الأحد، أمس)', () => {
    expect(namesTitledArabicSpeaker('مدير المعرض فهد الفلاني لـ(كونا) اليوم الأحد ')).toBe(true);
    expect(namesTitledArabicSpeaker('رئيس النادي سالم الفلاني لـ(كونا) أمس ')).toBe(true);
    expect(namesTitledArabicSpeaker('مدير المعرض فهد الفلاني اليوم الثلاثاء ')).toBe(true);
  });

  it('still finds no holder after a title alone, dated or not', () => {
    expect(namesTitledArabicSpeaker('مدير المعرض لـ(كونا) اليوم الأحد ')).toBe(false);
    expect(namesTitledArabicSpeaker('الوزير اليوم الأحد ')).toBe(false);
  });
});
