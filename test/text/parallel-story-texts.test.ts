import { describe, expect, it } from 'vitest';
import { parallelStoryTexts } from '../../src/text/parallel-story-texts.js';

const version = (storyId: string, lang: 'ar' | 'en', time: string, headline: string, paragraphs: string[], urgent = false) => ({
  storyId, lang, urgent, ingestedAt: `2026-02-08T${time}:00.000Z`, headline, headlineDerived: false, paragraphs,
});

describe('parallelStoryTexts', () => {
  it('pairs each English dispatch with the Arabic one of its story filed closest, a flash with a flash', () => {
    const texts = parallelStoryTexts([
      version('s1', 'en', '08:00', 'FLASH: beach closed', [], true),
      version('s1', 'ar', '08:05', 'عاجل: إغلاق الشاطئ', [], true),
      version('s1', 'en', '09:00', 'Beach closed after jellyfish sighted', ['The beach was closed on Monday.', 'Swimmers were told to stay out.']),
      version('s1', 'ar', '09:20', 'إغلاق الشاطئ بعد رصد قناديل البحر', ['أغلق الشاطئ الاثنين.', 'ونصح السباحون بالابتعاد.']),
      version('s2', 'en', '10:00', 'Library opens', ['The new library opened.']),
    ]);
    expect(texts).toEqual([
      { story: 's1', en: 'FLASH: beach closed', ar: 'عاجل: إغلاق الشاطئ' },
      { story: 's1', en: 'Beach closed after jellyfish sighted', ar: 'إغلاق الشاطئ بعد رصد قناديل البحر' },
      { story: 's1', en: 'The beach was closed on Monday.', ar: 'أغلق الشاطئ الاثنين.' },
      { story: 's1', en: 'Swimmers were told to stay out.', ar: 'ونصح السباحون بالابتعاد.' },
    ]);
  });

  it('pairs later paragraphs only when both versions have as many, and never a derived headline', () => {
    const texts = parallelStoryTexts([
      { ...version('s1', 'en', '09:00', 'The beach was closed', ['The beach was closed on Monday.', 'Swimmers were told to stay out.']), headlineDerived: true },
      version('s1', 'ar', '09:20', 'إغلاق الشاطئ', ['أغلق الشاطئ الاثنين.']),
    ]);
    expect(texts).toEqual([{ story: 's1', en: 'The beach was closed on Monday.', ar: 'أغلق الشاطئ الاثنين.' }]);
  });
});
