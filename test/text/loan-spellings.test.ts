import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery, loanSpellings } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

const token = (word: string) => analyseText(word)[0] as string;

describe('a one-word lexicon concept the store writes as a loanword in the other script', () => {
  // Invented: the store's parallel stories write the card game alike in both scripts (`بريدج`), while the hand lexicon gives
  // the crossing's word (`جسر`).
  const names = buildNameVocabulary(['bridg', 'club', token('بريدج'), token('جسر'), token('نادي')]);
  const induced = { pairs: [], translationsOf: () => [], speltAlikeOf: (word: string) => (word === 'bridg' ? [token('بريدج')] : []) };
  const groupOf = (question: string) => expandQuery(question, { names, induced }).groups.find((group) => group.some((phrase) => phrase[0] === 'bridg'));

  it('keeps the list’s forms and adds the store’s spelling as an induced form, which names the concept and is never required', () => {
    const query = expandQuery('who won the bridge cup at the club', { names, induced });
    const at = query.groups.findIndex((group) => group.some((phrase) => phrase[0] === 'bridg'));
    expect(query.groups[at]).toContainEqual([token('جسر')]);
    expect(query.groups[at]).toContainEqual([token('بريدج')]);
    expect(query.translated?.[at]).toEqual([[token('بريدج')]]);
  });

  it('adds nothing where the store spells the word no other way', () => {
    expect(groupOf('who won the bridge cup')?.flat()).toContain('bridg');
    expect(expandQuery('who won the bridge cup', { names, induced: { ...induced, speltAlikeOf: () => [] } }).translated).toBeUndefined();
  });

  it('leaves out a spelling the list already gives', () => {
    expect(loanSpellings('bridg', () => [token('جسر'), token('بريدج')], [['bridg'], [token('جسر')]])).toEqual([[token('بريدج')]]);
    expect(loanSpellings('bridg', () => [], [['bridg']])).toEqual([]);
  });
});
