import { accusativeVariants } from './arabic-accusative-variants.js';
import { cliticVariants } from './arabic-clitic-variants.js';
import { arabicImperfectForms } from './arabic-imperfect-forms.js';
import { inflectionVariants } from './arabic-inflection-variants.js';
import { pluralVariants } from './arabic-plural-variants.js';
import type { BilingualDictionary } from './bilingual-dictionary.js';
import type { NameVocabulary } from './name-vocabulary.js';
import { isArabicScript } from './transliterate-name.js';

/** Senses of a word taken from the general dictionary: later ones are rarer meanings (`graft`: corruption before grafts). */
export const DICTIONARY_SENSES = 3;

/**
 * The forms the store holds of a one-word Arabic translation: the dictionary writes a word in its citation form (`الفسائل`,
 * `نوع`, `استبدل`), the wire in its own number, clitics, case and inflection (`فسيلة`, `بمعرض`, the counted `70 نوعا`,
 * `ستستبدل`); the store's vocabulary says which are words. The translation itself where the store holds it. Pure.
 */
function storedForms(phrase: readonly string[], names: NameVocabulary): string[][] {
  if (phrase.every((token) => names.holds(token))) return [[...phrase]];
  const [token] = phrase;
  if (phrase.length !== 1 || token === undefined || !isArabicScript(token)) return [];
  const forms = new Set([...cliticVariants(token, names.holds), ...inflectionVariants(token, names.holds), ...pluralVariants(token, names.holds), ...arabicImperfectForms(token, names.holds), ...accusativeVariants(token, names.holds)]);
  forms.delete(token);
  return [...forms].map((form) => [form]);
}

/**
 * The general dictionary's translations of a question word (its forms as the store holds them, the
 * word itself first) that the store holds, every word of the phrase, or a one-word Arabic one in the
 * forms the store holds of it (see storedForms), the first DICTIONARY_SENSES per form that it holds: a
 * translation no dispatch writes finds nothing, so it takes no sense's place (`الحكام`: arbiter,
 * arbitrator, governor before referees). A one-letter stem (`ق`) is no word. Pure.
 */
export function dictionaryTranslations(forms: readonly string[], dictionary: BilingualDictionary, names: NameVocabulary, senses = DICTIONARY_SENSES): string[][] {
  const found = new Map<string, string[]>();
  for (const form of forms) {
    let taken = 0;
    for (const translation of dictionary.translationsOf(form)) {
      if (taken >= senses) break;
      const phrases = storedForms(translation, names).filter((phrase) => phrase.join('').length >= 3);
      if (phrases.length > 0) taken += 1;
      for (const phrase of phrases) found.set(phrase.join(' '), phrase);
    }
  }
  return [...found.values()];
}
