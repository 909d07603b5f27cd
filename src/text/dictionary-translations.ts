import type { BilingualDictionary } from './bilingual-dictionary.js';
import type { NameVocabulary } from './name-vocabulary.js';

/** Senses of a word taken from the general dictionary: later ones are rarer meanings (`graft`: corruption before grafts). */
export const DICTIONARY_SENSES = 3;

/**
 * The general dictionary's translations of a question word (its forms as the store holds them, the
 * word itself first) that the store holds, every word of the phrase, at most DICTIONARY_SENSES per
 * form: a translation no dispatch writes finds nothing. A one-letter stem (`ق`) is no word. Pure.
 */
export function dictionaryTranslations(forms: readonly string[], dictionary: BilingualDictionary, names: NameVocabulary, senses = DICTIONARY_SENSES): string[][] {
  const found = new Map<string, string[]>();
  for (const form of forms) {
    for (const phrase of dictionary.translationsOf(form).slice(0, senses)) {
      if (phrase.join('').length >= 3 && phrase.every((token) => names.holds(token))) found.set(phrase.join(' '), phrase);
    }
  }
  return [...found.values()];
}
