import { analyseArabic } from './analyse-arabic.js';
import { analyseEnglish } from './analyse-english.js';

const ARABIC = /[\u0600-\u06FF]/;

/**
 * Tokens of text in either language or both: the Arabic analyser for Arabic-script words, the
 * English one for the rest, in order. Applied identically at index and at query time.
 */
export function analyseText(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    tokens.push(...(ARABIC.test(word) ? analyseArabic(word) : analyseEnglish(word)));
  }
  return tokens;
}
