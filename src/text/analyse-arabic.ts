import { arabicStopWords } from './arabic-stop-words.js';

const TASHKEEL_TATWEEL = /[\u064B-\u0652\u0670\u0640]/g;

/**
 * Lucene's ArabicNormalizer: alef forms to ا, ى to ي, ة to ه, tashkeel and tatweel dropped,
 * plus Arabic-Indic digits to Latin. Citation checks reuse it to compare quotes with passages.
 */
export function normaliseArabic(text: string): string {
  return text
    .replace(TASHKEEL_TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const stopWords = new Set(arabicStopWords.map(normaliseArabic));
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Lucene's ArabicStemmer: one prefix, then each listed suffix once, keeping at least two letters. */
export function stemArabic(word: string): string {
  let stem = word;
  for (const prefix of PREFIXES) {
    const minimum = prefix.length === 1 ? 4 : prefix.length + 2;
    if (stem.length >= minimum && stem.startsWith(prefix)) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Index and query tokens of Arabic text: normalised, stop words out, light-stemmed. */
export function analyseArabic(text: string): string[] {
  const tokens: string[] = [];
  for (const word of normaliseArabic(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stopWords.has(word)) continue;
    const stem = stemArabic(word);
    if (stem && !stopWords.has(stem)) tokens.push(stem);
  }
  return tokens;
}
