import { describe, expect, it } from 'vitest';
import { pickOtherVersion } from '../../src/search/pick-other-version.js';

// Written for this test: a library's new reading hall, told in English and in Arabic with different
// facts (no figure in common), and other Arabic copy of the same day.
const english = {
  id: 'en-1', storyId: 's-en', agency: 'KUNA', lang: 'en' as const, date: '2026-02-10', urgent: false, headlineDerived: false,
  dateline: { city: 'KUWAIT', day: 10, month: 2 }, ingestedAt: '2026-02-10T10:30:00Z',
  headline: 'Public library opens a reading hall for children',
  paragraphs: ['The public library opened a reading hall for children on Tuesday.', 'Library director Fahad Al-Shammari said the hall would open every evening.'],
};
const arabic = (id: string, storyId: string, paragraphs: string[], more: Partial<typeof english> = {}) => ({
  ...english, id, storyId, lang: 'ar' as const, headline: paragraphs[0] as string, headlineDerived: true, dateline: { city: 'الكويت', day: 10, month: 2 }, ingestedAt: '2026-02-10T10:00:00Z', paragraphs, ...more,
});
const version = arabic('ar-1', 's-ar', ['افتتحت المكتبة العامة اليوم الثلاثاء قاعة جديدة للأطفال.', 'وقال مدير المكتبة فهد الشمري إن القاعة تضم 3500 كتاب.']);
const minister = arabic('ar-2', 's-ar2', ['استقبل الوزير فهد العلي اليوم الثلاثاء وفدا زائرا.', 'وبحث الجانبان التعاون.']);
const weather = arabic('ar-3', 's-ar3', ['توقعت الأرصاد طقسا معتدلا اليوم الثلاثاء.']);

describe('pickOtherVersion', () => {
  it('picks the other language’s dispatch that shares a distinctive name, though no figure and no wording', () => {
    expect(pickOtherVersion(english, [minister, weather, version])?.id).toBe('ar-1');
  });

  it('weighs a name several stories hold less than one only the version holds', () => {
    // `Fahad` alone is in two stories: not enough to tell which one is the version.
    const fahadOnly = { ...english, id: 'en-fahad', paragraphs: ['The public library opened a reading hall for children on Tuesday.', 'Its director Fahad said the hall would open every evening.'] };
    expect(pickOtherVersion(fahadOnly, [minister, weather, version])).toBeUndefined();
    expect(pickOtherVersion(fahadOnly, [weather, version])?.id).toBe('ar-1');
  });

  it('picks nothing when no candidate shares anything distinctive', () => {
    expect(pickOtherVersion(english, [weather])).toBeUndefined();
  });

  it('leaves out another day, another city and the same language', () => {
    expect(pickOtherVersion(english, [{ ...version, date: '2026-02-11' }])).toBeUndefined();
    expect(pickOtherVersion(english, [{ ...version, dateline: { city: 'الرياض', day: 10, month: 2 } }])).toBeUndefined();
    expect(pickOtherVersion(english, [{ ...english, id: 'en-2', storyId: 's-en2' }])).toBeUndefined();
  });

  it('between candidates of equal evidence, picks the one filed closest in time', () => {
    const later = { ...version, id: 'ar-4', storyId: 's-ar4', ingestedAt: '2026-02-10T10:40:00Z' };
    expect(pickOtherVersion(english, [version, later])?.id).toBe('ar-4');
  });

  it('takes a dateline spelt as two places in Arabic for either of them (عمان: Amman or Oman)', () => {
    const amman = { ...english, id: 'en-amman', dateline: { city: 'AMMAN', day: 10, month: 2 } };
    const ammanVersion = { ...version, dateline: { city: 'عمان', day: 10, month: 2 } };
    expect(pickOtherVersion(amman, [ammanVersion])?.id).toBe('ar-1');
    expect(pickOtherVersion(amman, [{ ...version, dateline: { city: 'مسقط', day: 10, month: 2 } }])).toBeUndefined();
  });
});
