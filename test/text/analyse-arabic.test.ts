import { describe, expect, it } from 'vitest';
import { analyseArabic, normaliseArabic, stemArabic } from '../../src/text/analyse-arabic.js';

describe('normaliseArabic', () => {
  it('folds alef forms, alef maqsura and ta marbuta', () => {
    expect(normaliseArabic('أحمد إبراهيم آمال ٱلكتاب')).toBe('احمد ابراهيم امال الكتاب');
    expect(normaliseArabic('مستشفى')).toBe('مستشفي');
    expect(normaliseArabic('منظمة')).toBe('منظمه');
  });

  it('drops tashkeel, superscript alef and tatweel', () => {
    expect(normaliseArabic('وَزِيرُ الخَارِجِيَّةِ')).toBe('وزير الخارجيه');
    expect(normaliseArabic('هٰذا')).toBe('هذا');
    expect(normaliseArabic('الكويـــت')).toBe('الكويت');
  });

  it('folds the Persian and Gulf letters to the Arabic ones the wire writes', () => {
    expect(normaliseArabic('چم')).toBe('كم'); // Gulf چ for ك: "how many"
    expect(normaliseArabic('گال')).toBe('قال'); // Gulf گ for ق
    expect(normaliseArabic('ڤيروس')).toBe('فيروس');
    expect(normaliseArabic('کویت')).toBe('كويت'); // Persian keyboard ک and ی
  });

  it('maps Arabic-Indic and Persian digits to Latin and leaves hamza seats alone', () => {
    expect(normaliseArabic('٠٤/٠٢/٢٠٢٦')).toBe('04/02/2026');
    expect(normaliseArabic('۱۲۳')).toBe('123');
    expect(normaliseArabic('رئيس مؤتمر')).toBe('رئيس مؤتمر');
  });
});

describe('stemArabic (Lucene ArabicStemmer)', () => {
  it('strips one prefix, then the listed suffixes in order', () => {
    // وال off (5 letters left ≥ 2), no suffix on رئيس; Lucene does not fold ئ, so not رييس.
    expect(stemArabic('والرئيس')).toBe('رئيس');
    expect(stemArabic('بالمدارس')).toBe('مدارس');
    expect(stemArabic('للتعاون')).toBe('تعا'); // لل, then ون
    expect(stemArabic('الطلبه')).toBe('طلب'); // ال, then ه
    expect(stemArabic('مفاوضات')).toBe('مفاوض');
  });

  it('keeps the length rules: و needs 4 letters, suffixes leave at least 2', () => {
    expect(stemArabic('وزن')).toBe('وزن');
    expect(stemArabic('وطن')).toBe('وطن');
    expect(stemArabic('وبوتين')).toBe('بوت');
    expect(stemArabic('بها')).toBe('بها');
    expect(stemArabic('فيه')).toBe('في');
  });

  it('keeps a first و that would leave two letters: the word is its own, read as with the article', () => {
    // a workshop, a unit, his weight: not spraying, a limit, a scale
    expect(analyseArabic('ورشة')).toEqual(analyseArabic('الورشة'));
    expect(analyseArabic('وحدة سكنية')).toEqual(analyseArabic('الوحدة السكنية'));
    expect(stemArabic('وزنه')).toBe('وزن');
    // still "and" before a longer stem, and a function word still drops
    expect(stemArabic('وقالت')).toBe('قالت');
    expect(analyseArabic('ومنها وفيها')).toEqual([]);
  });

  it('strips the article after a conjunction and a preposition together', () => {
    expect(stemArabic('وبالتالي')).toBe('تال');
    expect(stemArabic('وللكويت')).toBe('كويت');
    expect(stemArabic('فبالنسبه')).toBe('نسب');
    expect(stemArabic('وكالعاده')).toBe('عاد');
    // two letters must remain, as after the other prefixes
    expect(stemArabic('وبالغ')).toBe('بالغ');
  });

  it('tells the article from a word that starts with a hamza alef and a lam', () => {
    // Lucene folds first and reads ألعاب as ال + عاب; its definite form kept العاب
    expect(analyseArabic('ألعاب')).toEqual(analyseArabic('الألعاب'));
    expect(analyseArabic('ألعاب نارية')).toEqual(['العاب', 'نار']);
    expect(analyseArabic('إلغاء')).toEqual(analyseArabic('الإلغاء'));
    expect(analyseArabic('آلاف')).toEqual(analyseArabic('الآلاف'));
    expect(analyseArabic('وألمانيا')).toEqual(['المانيا']);
    // a plain alef is the article, after a conjunction and a preposition too
    expect(analyseArabic('والالعاب')).toEqual(['العاب']);
  });

  it('keeps listed names whole after the prefix, so a country is not a common word', () => {
    expect(stemArabic('البحرين')).toBe('بحرين');
    expect(stemArabic('البحريه')).toBe('بحر');
    expect(stemArabic('العماني')).toBe('عمان');
  });
});

describe('analyseArabic', () => {
  it('gives one token for a name with or without a listed prefix, not for other prefixes', () => {
    expect(analyseArabic('بوتين')).toEqual(['بوت']);
    expect(analyseArabic('وبوتين')).toEqual(['بوت']);
    expect(analyseArabic('لبوتين')).toEqual(['لبوت']); // ل alone is not a Lucene prefix
  });

  it('tokenises on punctuation, removes stop words and stems', () => {
    // Lucene reads the و of وزير as the conjunction (4 letters): زير; الوزير gives وزير.
    expect(analyseArabic('قال وزير الخارجية إن الكويت تدعم وقف إطلاق النار في غزة.')).toEqual([
      'زير',
      'خارج',
      'كويت',
      'تدعم',
      'وقف',
      'اطلاق',
      'نار',
      'غز',
    ]);
  });

  it('treats spellings with and without hamza, tashkeel or tatweel alike', () => {
    expect(analyseArabic('الإنفلونزا')).toEqual(analyseArabic('الانفلونزا'));
    expect(analyseArabic('الأُمَمُ المُتَّحِدَةُ')).toEqual(['امم', 'متحد']);
    expect(analyseArabic('الكويـــت')).toEqual(['كويت']);
  });

  it('drops a function word glued to و or a pronoun, but not a noun with the article', () => {
    expect(analyseArabic('وكان لكنه عليها')).toEqual([]);
    expect(analyseArabic('حزب الله')).toEqual(['حزب', 'له']);
    expect(analyseArabic('الولايات المتحدة')).toEqual(['ولا', 'متحد']);
  });

  it('keeps digits as Latin tokens', () => {
    expect(analyseArabic('ارتفع بنسبة ٣٫٥ في عام ٢٠٢٦')).toEqual(['ارتفع', 'بنسب', '3', '5', 'عام', '2026']);
  });
});
