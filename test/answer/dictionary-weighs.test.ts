import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const token = (word: string) => analyseText(word)[0] as string;
const dictionary = buildBilingualDictionary([
  dictdSource([
    ['certificate', 'Certificate /sətˈɪfɪkət/\nالشهادة\n'],
    ['champ', 'Champ /tʃˈamp/\nالبطل\n'],
  ]),
]);
const names = buildNameVocabulary([
  { term: token('الشهادة'), documents: 2 },
  { term: token('البطل'), documents: 4 },
  { term: 'champion', documents: 3 },
  { term: 'spell', documents: 1 },
]);

describe('a word only the general dictionary translates, weighed', () => {
  it('is as rare as its translations the store holds, not a word no dispatch holds', () => {
    const question = 'who said a certificate';
    const concepts = weighConcepts(expandQuery(question, { names, dictionary }), question, names, 10, 'person');
    expect(concepts.missing).toEqual([]);
    expect(concepts.list[0]).toMatchObject({ documents: 2, onlyInDictionary: true, dictionary: [[token('الشهادة')]] });
  });

  it('gives way to the store’s own word: a clipping the store writes in full ("champ", "champion") leaves the dictionary out', () => {
    const question = 'who is the spelling champ';
    const concept = weighConcepts(expandQuery(question, { names, dictionary }), question, names, 10, 'person').list.find((c) => c.group.some((phrase) => phrase.includes('champion')));
    expect(concept?.group).toEqual([['champ'], ['champion']]);
    expect(concept?.dictionary).toBeUndefined();
    expect(concept?.translated).toBeUndefined();
  });
});
