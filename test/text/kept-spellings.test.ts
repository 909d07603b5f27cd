import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { keptSpellings } from '../../src/text/kept-spellings.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const token = (word: string) => analyseText(word)[0] as string;

describe('keptSpellings', () => {
  const dictionary = buildBilingualDictionary([dictdSource([['scooter', 'Scooter /skˈuːtə/\nدراجة\n']])]);

  it('drops a spelling no dictionary knows as a word once the Arabic word is translated', () => {
    expect(keptSpellings(['abeer'], [['needl']], dictionary)).toEqual([]);
  });

  it('keeps a spelling among the translations, one the dictionary knows as an English word, and every one without translations', () => {
    expect(keptSpellings(['needl', 'abeer'], [['needl']], dictionary)).toEqual(['needl']);
    expect(keptSpellings(['scooter'], [['cycl']], dictionary)).toEqual(['scooter']);
    expect(keptSpellings(['abeer'], [], dictionary)).toEqual(['abeer']);
  });
});

describe('expandQuery with an Arabic word whose consonants spell a stored name', () => {
  const dictionary = buildBilingualDictionary([dictdSource([['إبرة', 'إبرة\nNeedle\n']])]);
  // An English-only store: a nurse named Abeer gives a jab without a needle.
  const names = buildNameVocabulary(['nurse', 'abeer', 'needle', 'jab'].map(token));
  const groupOf = (question: string, word: string) => expandQuery(question, { names, dictionary }).groups.find((forms) => forms.some((form) => form.join(' ') === token(word)));

  it('translates the word by the dictionary, not by the name its consonants spell', () => {
    const group = groupOf('هل التطعيم بالإبرة؟', 'الإبرة');
    expect(group).toContainEqual([token('needle')]);
    expect(group).not.toContainEqual(['abeer']);
  });

  it('keeps the spelling of a word the dictionary does not translate', () => {
    expect(groupOf('شنو قالت عبير؟', 'عبير')).toContainEqual(['abeer']);
  });
});
