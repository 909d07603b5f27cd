import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildCompoundLoanSpellings } from '../../src/text/compound-loan-spellings.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

const stored = ['snow', 'board', 'bodybuilding', 'skateboard', 'contest', ...analyseText('بطولة السنو بورد في مركز الشباب'), ...analyseText('ملعب كرة')].flatMap((word) => analyseText(word));

describe('buildCompoundLoanSpellings', () => {
  const spellings = buildCompoundLoanSpellings(stored);
  const englishWords = new Set(['snow', 'board', 'con', 'test']);
  const isWord = (part: string) => englishWords.has(part);

  it('splits a glued Latin loanword into the two Arabic words the store writes it with', () => {
    expect(spellings.splitSpellingsOf('snowboard', isWord)).toEqual([analyseText('السنو بورد')]);
  });

  it('splits no word into parts that are no words', () => {
    expect(spellings.splitSpellingsOf('snowboard', () => false)).toEqual([]);
  });

  it('glues two Arabic words into the Latin word the store holds, also one whose -ing the stemmer cut', () => {
    expect(spellings.gluedSpellingsOf(...(analyseText('السكيت بورد') as [string, string]))).toEqual(['skateboard']);
    expect(spellings.gluedSpellingsOf(...(analyseText('البودي بلدنغ') as [string, string]))).toEqual(analyseText('bodybuilding'));
  });

  it('finds nothing for a word that only shares a half with stored words', () => {
    expect(spellings.splitSpellingsOf('contest', isWord)).toEqual([]);
    expect(spellings.gluedSpellingsOf(...(analyseText('ملعب كرة') as [string, string]))).toEqual([]);
  });
});

describe('expandQuery with a compound loanword', () => {
  const names = buildNameVocabulary(stored.filter((term) => term !== 'snowboard'));

  it('asks an English loanword the Arabic copy writes in two words by that phrase', () => {
    expect(expandQuery('who won the snowboard contest', { names }).groups.flat(1)).toContainEqual(analyseText('السنو بورد'));
  });

  it('leaves an English word the English copy holds to its own bridges', () => {
    const held = buildNameVocabulary([...stored, 'snowboard']);
    expect(expandQuery('who won the snowboard contest', { names: held }).groups.flat(1)).not.toContainEqual(analyseText('السنو بورد'));
  });

  it('asks two Arabic words the store does not hold by the Latin word they spell', () => {
    expect(expandQuery('كم لاعب ببطولة البودي بلدنغ', { names }).groups).toContainEqual([analyseText('البودي بلدنغ'), analyseText('bodybuilding')]);
  });

  it('keeps a pair of which the Arabic copy writes a word as its own', () => {
    const held = buildNameVocabulary([...stored, ...analyseText('بلدنغ')]);
    expect(expandQuery('كم لاعب ببطولة البودي بلدنغ', { names: held }).groups.flat(2)).not.toContain(analyseText('bodybuilding')[0]);
  });
});
