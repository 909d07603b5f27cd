import type { BilingualDictionary } from './bilingual-dictionary.js';

/**
 * The stored Latin spellings of an Arabic question word (see NameVocabulary.spellingsOf) still to be read once the general
 * dictionary translates the word into words the store holds (`translations`, see dictionaryTranslations): the word is then a
 * word, no name its consonants happen to spell (`إبرة`, needle, is no "Abeer"; `الخيزران`, bamboo, no "Qasr"). A spelling
 * among the translations stays, and so does one the dictionary knows as an English word: it may be the source of a loanword
 * the Arabic writes (`سكوتر`, "scooter"). Without translations every spelling stays. Pure.
 */
export function keptSpellings(spellings: readonly string[], translations: readonly string[][], dictionary: BilingualDictionary): string[] {
  if (translations.length === 0) return [...spellings];
  const translated = new Set(translations.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string));
  return spellings.filter((spelling) => translated.has(spelling) || dictionary.translationsOf(spelling).length > 0);
}
