import { englishStopWords } from './english-stop-words.js';

const stopWords = new Set(englishStopWords);

/** A minimal plural stemmer (in the spirit of Lucene's EnglishMinimalStemmer): predictable, never aggressive. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lowercases, folds accents, drops stop words and light-stems. */
export function foldEnglish(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const ASCII_WORD = /^[a-z0-9]+$/;

/** The index token of one English word (any case, any accents), or null for a stop word. */
export function analyseEnglishWord(word: string): string | null {
  let folded = word.toLowerCase();
  if (!ASCII_WORD.test(folded)) folded = foldEnglish(folded);
  if (!folded || stopWords.has(folded) || (folded.length === 1 && !/\d/.test(folded))) return null;
  return stemEnglish(folded);
}

export function analyseEnglish(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldEnglish(text).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u)) {
    const token = word ? analyseEnglishWord(word) : null;
    if (token) tokens.push(token);
  }
  return tokens;
}
