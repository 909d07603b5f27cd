import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { withoutDictionary } from '../../src/text/without-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const token = (word: string) => analyseText(word)[0] as string;
const dictionary = buildBilingualDictionary([
  dictdSource([
    ['salon', 'Salon /sˈalɒn/\nالصالون\n'],
    ['kennel', 'Kennel /kˈɛnəl/\nبيت الكلب\n'],
  ]),
]);
const names = buildNameVocabulary(['closed', 'barber', token('الصالون'), token('المحلات')]);

describe('withoutDictionary', () => {
  it.each(['how many salons were closed', 'how many salons and barber shops were closed in Kuwait', 'how many kennels were closed', 'كم محل أغلق'])(
    'gives "%s" expanded with the dictionary as it is expanded without',
    (question) => expect(withoutDictionary(expandQuery(question, { names, dictionary }))).toEqual(expandQuery(question, { names })),
  );

  it('drops the dictionary\'s alternatives only', () => {
    const expanded = expandQuery('how many salons were closed', { names, dictionary });
    expect(expanded.dictionary).toBeDefined();
    expect(withoutDictionary(expanded).groups[0]).toEqual([[token('salons')]]);
  });
});
