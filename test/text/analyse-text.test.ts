import { describe, expect, it } from 'vitest';
import { analyseArabic } from '../../src/text/analyse-arabic.js';
import { analyseEnglish } from '../../src/text/analyse-english.js';
import { analyseText, detectLanguage } from '../../src/text/analyse-text.js';

describe('analyseText', () => {
  it('analyses Arabic words as Arabic and Latin words as English, in order', () => {
    expect(analyseText('قال بوتين إن مجموعة (BRICS) Ministers اجتمعت')).toEqual(['بوت', 'مجموع', 'bric', 'minister', 'اجتمعت']);
  });

  it('gives the same tokens as each analyser on its own language', () => {
    const arabic = 'وأعرب الرئيس الروسي فلاديمير بوتين عن استعداد موسكو لتعزيز التنسيق مع بكين في منظمة شانغهاي للتعاون.';
    const english = "Russia's President Vladimir Putin expressed readiness to strengthen co-ordination with Beijing at the U.N.";
    expect(analyseText(arabic)).toEqual(analyseArabic(arabic));
    expect(analyseText(english)).toEqual(analyseEnglish(english));
  });

  it('folds Arabic-Indic digits inside mixed text', () => {
    expect(analyseText('OPEC+ ٢٠٢٦')).toEqual(['opec', '2026']);
  });

  it('returns nothing for punctuation and stop words only', () => {
    expect(analyseText('... في من the of !')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('tells Arabic, English and mixed questions apart by their letters', () => {
    expect(detectLanguage('ماذا قال بوتين عن بريكس؟')).toBe('ar');
    expect(detectLanguage('What did Putin say about BRICS?')).toBe('en');
    expect(detectLanguage('ماذا قال Putin عن BRICS')).toBe('mixed');
    expect(detectLanguage('ماذا قال الرئيس الروسي بوتين عن مجموعة BRICS؟')).toBe('ar');
  });
});
