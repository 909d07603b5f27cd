import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const english = dictdSource([
  ['kennel', 'Kennel /kˈɛnəl/\nبيت الكلب\n'],
  ['salon', 'Salon /sˈalɒn/\nالصالون\n'],
  ['graft', 'Graft /ɡɹˈaft/\n1. الفساد\n2. التطعيم\n'],
]);
const arabic = dictdSource([['الصالون', 'الصالون /ʔasˤsˤaːlˈuːn/\n1. Hall\n2. Salon\n']]);
const token = (word: string) => analyseText(word)[0] as string;

describe('buildBilingualDictionary', () => {
  const dictionary = buildBilingualDictionary([english, arabic]);

  it('finds a headword by the analysed token of an inflected question word, in both directions', () => {
    expect(dictionary.translationsOf(token('salons'))).toEqual([analyseText('الصالون')]);
    expect(dictionary.translationsOf(token('بالصالون'))).toEqual([analyseText('Hall'), analyseText('Salon')]);
  });

  it('gives the senses first to last, a phrase of several words as one alternative', () => {
    expect(dictionary.translationsOf(token('graft'))).toEqual([analyseText('الفساد'), analyseText('التطعيم')]);
    expect(dictionary.translationsOf(token('kennels'))).toEqual([analyseText('بيت الكلب')]);
  });

  it('has nothing for a word no headword analyses to', () => {
    expect(dictionary.translationsOf('tennis')).toEqual([]);
  });
});
