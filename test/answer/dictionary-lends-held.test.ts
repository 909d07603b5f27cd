import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const token = (word: string) => analyseText(word)[0] as string;
// An invented entry: the English copy writes "hydrant", the Arabic copy `حنفية`, and no list joins them.
const dictionary = buildBilingualDictionary([dictdSource([['hydrant', 'Hydrant /ˈhaɪdrənt/\nحنفية\n']])]);
const names = buildNameVocabulary([
  { term: 'hydrant', documents: 1 },
  { term: token('حنفية'), documents: 2 },
  { term: 'rest', documents: 2 },
]);

const conceptOf = (question: string, word: string) => {
  const concepts = weighConcepts(expandQuery(question, { names, dictionary }), question, names, 10, 'date', 'widens');
  return { concepts, concept: concepts.list.find((c) => c.group.some((phrase) => phrase[0] === word)) };
};

describe('the general dictionary lends its translation to an English word only the English copy holds', () => {
  it('names "hydrant" where an Arabic passage writes `حنفية`, as an induced translation would, never requiring it', () => {
    const { concepts, concept } = conceptOf('when is the rest of the hydrants done?', 'hydrant');
    expect(concepts.missing).toEqual([]);
    expect(concept).toMatchObject({ critical: true, documents: 1, translated: [[token('حنفية')]], dictionary: [[token('حنفية')]] });
    expect(concept?.onlyInDictionary).toBeUndefined();
    expect(concept?.lentOnly).toBeUndefined();
  });

  it('leaves it out beside a word no dispatch holds: a passage judged without that word is not judged on a guess too', () => {
    const { concepts, concept } = conceptOf('when will the rest of the hydrants be repaired?', 'hydrant');
    expect(concepts.missing).toEqual(['maintenanc']);
    expect(concept?.translated).toBeUndefined();
    expect(concept?.group).toEqual([['hydrant']]);
  });
});
