import { describe, expect, it } from 'vitest';
import { type DictionaryUse, weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const token = (word: string) => analyseText(word)[0] as string;
// Invented entries, one each way: an Arabic word the English copy writes as "mural", an English word given an Arabic stem.
const dictionary = buildBilingualDictionary([
  dictdSource([
    ['جدارية', 'جدارية\nmural\n'],
    ['anchor', 'Anchor /ˈaŋkə/\nالمرساة\n'],
  ]),
]);
const names = buildNameVocabulary([
  { term: 'mural', documents: 2 },
  { term: token('المرساة'), documents: 1 },
  { term: 'park', documents: 3 },
  { term: token('السفينة'), documents: 3 },
]);

const weigh = (question: string, use: DictionaryUse) => weighConcepts(expandQuery(question, { names, dictionary }), question, names, 10, 'number', use);
const conceptOf = (question: string, use: DictionaryUse, word: string) => weigh(question, use).list.find((c) => c.group.some((phrase) => phrase[0] === word));

describe('the general dictionary widens an Arabic word the question requires that no dispatch holds', () => {
  it('lets the English copy’s word hold it (`الجداريات`, "mural"), a word a passage must then name', () => {
    const question = 'كم عدد الجداريات في الحديقة؟';
    expect(weigh(question, 'widens').missing).toEqual([]);
    expect(conceptOf(question, 'widens', token('الجداريات'))).toMatchObject({ critical: true, onlyInDictionary: true, widenedOnly: true, dictionary: [['mural']] });
  });

  it('widens an English word no dispatch holds with its Arabic translation, named where a passage holds it, never required', () => {
    const question = 'how many ships lost an anchor?';
    expect(weigh(question, 'widens').missing).toEqual([]);
    expect(conceptOf(question, 'widens', 'anchor')).toMatchObject({ critical: true, onlyInDictionary: true, dictionary: [[token('المرساة')]], translated: [[token('المرساة')]] });
    expect(conceptOf(question, 'widens', 'anchor')).toMatchObject({ lentOnly: true });
    expect(conceptOf(question, 'widens', 'anchor')?.widenedOnly).toBeUndefined();
    expect(weigh(question, 'widensArabic').missing).toContain('anchor');
    expect(conceptOf(question, 'widensArabic', 'anchor')?.dictionary).toBeUndefined();
    expect(conceptOf(question, 'judges', 'anchor')).toMatchObject({ onlyInDictionary: true, dictionary: [[token('المرساة')]] });
  });
});
