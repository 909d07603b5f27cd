import { describe, expect, it } from 'vitest';
import { analyseEnglish, stemEnglish } from '../../src/text/analyse-english.js';

describe('stemEnglish', () => {
  it('takes plurals off the way Lucene EnglishMinimalStemmer does', () => {
    expect(stemEnglish('ministers')).toBe('minister');
    expect(stemEnglish('talks')).toBe('talk');
    expect(stemEnglish('countries')).toBe('country');
    expect(stemEnglish('virus')).toBe('virus');
    expect(stemEnglish('congress')).toBe('congress');
    expect(stemEnglish('crisis')).toBe('crisis');
    expect(stemEnglish('gas')).toBe('gas');
  });

  it('takes -ed and -ing off conservatively, with Porter fix-ups', () => {
    expect(stemEnglish('killed')).toBe('kill');
    expect(stemEnglish('meeting')).toBe('meet');
    expect(stemEnglish('running')).toBe('run');
    expect(stemEnglish('agreed')).toBe(stemEnglish('agree'));
    expect(stemEnglish('denied')).toBe('deny');
    expect(stemEnglish('king')).toBe('king');
    expect(stemEnglish('red')).toBe('red');
    expect(stemEnglish('need')).toBe('need');
  });

  it('brings the forms of a verb together', () => {
    const forms = ['increase', 'increases', 'increased', 'increasing'].map(stemEnglish);
    expect(new Set(forms).size).toBe(1);
    expect(new Set(['rise', 'rises', 'rising'].map(stemEnglish))).toEqual(new Set(['rise']));
    expect(new Set(['vaccine', 'vaccines'].map(stemEnglish)).size).toBe(1);
  });
});

describe('analyseEnglish', () => {
  it('lowercases, folds accents, drops stop words and stems', () => {
    expect(analyseEnglish('The Ministers of Türkiye held talks on the crises in Gaza')).toEqual([
      'minister',
      'turkiy', // Porter's final-e rule
      'held',
      'talk',
      'crise',
      'gaza',
    ]);
  });

  it("drops possessive 's and lone letters, keeps numbers as written", () => {
    expect(analyseEnglish("Kuwait's 2026 budget, 3.5 percent")).toEqual(['kuwait', '2026', 'budget', '3', '5', 'percent']);
  });

  it('keeps WHO and US in capitals and drops who and us', () => {
    expect(analyseEnglish('WHO said the US would help us, who knows')).toEqual(['who', 'said', 'us', 'help', 'know']);
  });

  it('reads use, used and using as the word use, never as the US', () => {
    expect(analyseEnglish('The US uses solar panels; crews used them, using cranes')).toEqual(['us', 'use', 'solar', 'panel', 'crew', 'use', 'use', 'crane']);
  });

  it('joins dotted acronyms', () => {
    expect(analyseEnglish('U.S. and U.N. envoys in Washington D.C.')).toEqual(['us', 'un', 'envoy', 'washington', 'dc']);
  });
});
