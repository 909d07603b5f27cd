import { normaliseArabicKeepingHamza } from './analyse-arabic.js';
import { WORD_PATTERN } from './analyse-english.js';
import { analyseText } from './analyse-text.js';

/** A definite article, alone or after a conjunction and/or a preposition (`الوطني`, `والوطني`): the stemmer takes only it off. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** A text's analysed tokens (as analyseText gives them) with the word each was written as. */
export interface WrittenWords {
  tokens: string[];
  /**
   * The token of an Arabic word that starts with `و` read with that letter (`وطني` → `وطن`, as `الوطني` is
   * analysed), when the analyser took it off as a conjunction (`طن`); else undefined.
   */
  withFirstLetter(index: number): string | undefined;
  /**
   * The token of an Arabic word written with `لل` read with a lam of its own (`للجنة` → `لجن`, as `اللجنة` is analysed: before a
   * word that starts with lam, `ل` and the article are written `لل`), when the analyser left it two letters (`جن`); else undefined.
   */
  withLamKept(index: number): string | undefined;
  /** The Arabic word behind a token, as written (hamza seats kept), else the empty string. */
  arabicWord(index: number): string;
}

/**
 * The tokens of a text with the words behind them, for what a token alone no longer tells: whether
 * the first `و` the stemmer took off as a conjunction was the word's (`وطني`, `واحد`). Pure.
 */
export function writtenWords(text: string): WrittenWords {
  const tokens: string[] = [];
  const words: string[] = [];
  for (const [word] of normaliseArabicKeepingHamza(text).matchAll(WORD_PATTERN)) {
    const token = analyseText(word)[0];
    if (!token) continue;
    tokens.push(token);
    words.push(/[\u0600-\u06FF]/.test(word) ? word : '');
  }
  return {
    tokens,
    arabicWord: (index) => words[index] ?? '',
    withFirstLetter: (index) => {
      const word = words[index] ?? '';
      if (!word.startsWith('و') || DEFINITE.test(word)) return undefined;
      const whole = analyseText(`ال${word}`)[0];
      return whole !== undefined && whole !== tokens[index] ? whole : undefined;
    },
    withLamKept: (index) => {
      const lam = /^[وف]?لل/.exec(words[index] ?? '');
      if (lam === null || (tokens[index]?.length ?? 0) > 2) return undefined;
      const kept = analyseText(`ال${(words[index] as string).slice(lam[0].length - 1)}`)[0];
      return kept !== undefined && kept.length > 2 ? kept : undefined;
    },
  };
}
