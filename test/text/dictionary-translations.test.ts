import { describe, expect, it } from 'vitest';
import type { BilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictionaryTranslations } from '../../src/text/dictionary-translations.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

/** A dictionary giving each listed token its analysed phrases. */
const dictionaryOf = (entries: Record<string, string[][]>): BilingualDictionary => ({ translationsOf: (token) => entries[token] ?? [] });

describe('dictionaryTranslations', () => {
  it('keeps a translation the store holds as the dictionary writes it, drops one it holds in no form', () => {
    const dictionary = dictionaryOf({ lesson: [['درس'], ['حصص']] });
    expect(dictionaryTranslations(['lesson'], dictionary, buildNameVocabulary(['درس']))).toEqual([['درس']]);
  });

  it('finds a one-word Arabic translation in the inflection the wire writes it in', () => {
    // The dictionary gives the past (`استبدل`); the wire tells what will be done (`ستستبدل`).
    const dictionary = dictionaryOf({ replac: [['استبدل'], ['يستبدل'], ['استبدال']] });
    expect(dictionaryTranslations(['replac'], dictionary, buildNameVocabulary(['ستستبدل']))).toEqual([['ستستبدل']]);
  });

  it('finds a one-word Arabic translation in the number and clitics the wire writes it with', () => {
    const dictionary = dictionaryOf({ offshoot: [['فسائل']], exhibit: [['معرض']] });
    expect(dictionaryTranslations(['offshoot'], dictionary, buildNameVocabulary(['فسيل']))).toEqual([['فسيل']]);
    expect(dictionaryTranslations(['exhibit'], dictionary, buildNameVocabulary(['بمعرض']))).toEqual([['بمعرض']]);
  });

  it('finds a one-word Arabic translation in the accusative the wire counts it in', () => {
    // "species" asked, `نوع` given; the wire counts `70 نوعا` (a figure from eleven takes the accusative singular).
    const dictionary = dictionaryOf({ speci: [['نوع'], ['صنف']] });
    expect(dictionaryTranslations(['speci'], dictionary, buildNameVocabulary(['نوعا']))).toEqual([['نوعا']]);
  });

  it('takes the first senses the store holds, past senses no dispatch writes', () => {
    // `الحكام`: the dictionary's first senses (arbiter, arbitrator, governor) are words no dispatch writes; the wire's is its fourth.
    const dictionary = dictionaryOf({ حكام: [['arbit'], ['arbitr'], ['governor'], ['refere'], ['umpir']] });
    expect(dictionaryTranslations(['حكام'], dictionary, buildNameVocabulary(['refere', 'umpir']))).toEqual([['refere'], ['umpir']]);
    expect(dictionaryTranslations(['حكام'], dictionary, buildNameVocabulary(['refere', 'umpir']), 1)).toEqual([['refere']]);
  });
});
