import { analyseArabicWord, normaliseArabic } from './analyse-arabic.js';
import { analyseEnglishWord } from './analyse-english.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Tokens of text in either language or both: the Arabic analyser for Arabic-script words, the
 * English one for the rest, in order. Applied identically at index and at query time. The text
 * is normalised once and tokenised once (this runs for every paragraph ingested).
 */
export function analyseText(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of normaliseArabic(text).matchAll(WORD)) {
    const code = word.charCodeAt(0);
    const token = code >= 0x0600 && code <= 0x06ff ? analyseArabicWord(word) : analyseEnglishWord(word);
    if (token) tokens.push(token);
  }
  return tokens;
}
