import { analyseArabicWord, normaliseArabicKeepingHamza } from './analyse-arabic.js';
import { WORD_PATTERN, analyseEnglishWord } from './analyse-english.js';
import { memoiseBounded } from './memoise-bounded.js';

export { detectQueryLanguage as detectLanguage } from './detect-language.js';

const isArabicScript = (code: number): boolean => code >= 0x0600 && code <= 0x06ff;

/** Words whose token is remembered: wire copy repeats a small vocabulary, so most words are met before. */
const MEMO_LIMIT = 100_000;

const analyseWord = memoiseBounded(
  (word: string): string | null =>
    isArabicScript(word.charCodeAt(0)) ? analyseArabicWord(word) : analyseEnglishWord(word.includes('.') ? word.replaceAll('.', '') : word),
  MEMO_LIMIT,
);

/**
 * Tokens of text in either language or both: the Arabic analyser for Arabic-script words, the
 * English one for the rest, in order. Applied identically at index and at query time, so a
 * dispatch and a question meet on the same tokens. The text is normalised and tokenised once
 * (this runs for every paragraph ingested). `detectLanguage` (re-exported) tells a question's
 * language: `ar`, `en` or `mixed`.
 */
export function analyseText(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of normaliseArabicKeepingHamza(text).matchAll(WORD_PATTERN)) {
    const token = analyseWord(word);
    if (token) tokens.push(token);
  }
  return tokens;
}
