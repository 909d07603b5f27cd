import { arabicStopWords } from './arabic-stop-words.js';

const FOLDED = /[\u064B-\u0652\u0670\u0640\u0622\u0623\u0625\u0671\u0649\u0629\u0660-\u0669\u06F0-\u06F9\u06A9\u06CC\u0686\u06AF\u06A4\u06BE\u06C1]/g;

/** Letters Gulf and Persian keyboards write for Arabic ones: ک ی ھ ہ, and the dialect's چ (for ك), گ (for ق), ڤ (for ف). */
const GULF: Record<number, string> = { 0x06a9: '\u0643', 0x06cc: '\u064A', 0x06be: '\u0647', 0x06c1: '\u0647', 0x0686: '\u0643', 0x06af: '\u0642', 0x06a4: '\u0641' };

function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return '\u0627';
  if (code === 0x0649) return '\u064A';
  if (code === 0x0629) return '\u0647';
  const gulf = GULF[code];
  if (gulf) return gulf;
  if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return String((code & 0xf) % 10);
  return '';
}

/**
 * Lucene's ArabicNormalizer (أ إ آ ٱ → ا, ى → ي, ة → ه, tashkeel U+064B–U+0652, superscript alef
 * and tatweel dropped) plus Arabic-Indic and Persian digits to Latin, and the Persian and Gulf
 * letters (ک ی چ گ ڤ) to the Arabic ones a wire writes, in one pass. Hamza seats
 * (ؤ ئ ء) stay, as in Lucene. Citation checks reuse it to compare quotes with passages.
 */
export function normaliseArabic(text: string): string {
  return text.replace(FOLDED, fold);
}

/** Everything of normaliseArabic but أ إ آ, which stay apart from ا until the article is found. */
const FOLDED_BUT_HAMZA = /[\u064B-\u0652\u0670\u0640\u0671\u0649\u0629\u0660-\u0669\u06F0-\u06F9\u06A9\u06CC\u0686\u06AF\u06A4\u06BE\u06C1]/g;

/**
 * normaliseArabic without folding أ إ آ to ا: what the analysers tokenise, so the article is told
 * from a word that starts with a hamza alef and a lam (`ألعاب`, `إلغاء`, `آلاف`, `ألمانيا`), which
 * Lucene, folding first, reads as `ال` + `عاب`, `غاء`, `اف`, `مانيا` (and their definite forms not).
 */
export function normaliseArabicKeepingHamza(text: string): string {
  return text.replace(FOLDED_BUT_HAMZA, fold);
}

const stopWords = new Set(arabicStopWords.map(normaliseArabic));

/** Whether a word is one of Lucene's Arabic stop words (a function word), compared folded (see normaliseArabic). Pure. */
export const isArabicStopWord = (word: string): boolean => stopWords.has(normaliseArabic(word));

/**
 * Lucene's prefixes, and the article after a conjunction and a preposition together (`وبالتالي`,
 * `وللكويت`, `فبالنسبة`): unambiguous, since `ال` after those letters is the article. No two
 * compete: each differs from the others before its end.
 */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'و'];
/**
 * Lucene's list, each tried once in this order (`ية` and `ة` only matter on unnormalised input).
 * Not the feminine dual `تين`/`تان`: names end so (`بوتين`, `كازاخستان`) more often than duals.
 */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/**
 * Names kept whole after their prefix (Lucene's stem exclusion set, checked after the prefix):
 * stripping `ين`/`ان` would turn them into common words (`البحرين` → `بحر` "sea", `عمان` → `عم`),
 * and kept whole they meet their adjectives (`البحرينية` → `بحرين`, `الإيرانية` → `ايران`).
 */
const UNSTEMMED = new Set(
  ['بحرين', 'عمان', 'لبنان', 'سودان', 'يابان', 'ايران', 'يونان', 'فلسطين', 'باكستان', 'افغانستان'].map(normaliseArabic),
);

/** The listed suffixes off a normalised word without its prefix (see stemArabic). */
function withoutSuffixes(word: string): string {
  let stem = normaliseArabic(word);
  if (UNSTEMMED.has(stem)) return stem;
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * Lucene's ArabicStemmer on a normalised word (أ إ آ may be kept: a prefix's alef is a plain ا, so
 * `ألعاب` keeps its `ال`; the stem is folded after): the first matching prefix is removed when at least
 * two letters remain (three for `و`), then every listed suffix that matches, in order, when at
 * least two letters remain. `والرئيس` → `رئيس`, `بوتين` → `بوت`, `للتعاون` → `تعا`, `والبحرين` → `بحرين`.
 * Unlike Lucene, a `و` that would leave a stem of two letters, no function word, is the word's own first
 * letter, not "and": `ورشة` is `ورش` as `الورشة` is (not `رش`, spraying), `وحدة` `وحد`, `وزنه` `وزن`.
 */
export function stemArabic(word: string): string {
  const prefix = PREFIXES.find((p) => word.length >= (p.length === 1 ? 4 : p.length + 2) && word.startsWith(p));
  if (prefix === undefined) return withoutSuffixes(word);
  const stem = withoutSuffixes(word.slice(prefix.length));
  const rest = normaliseArabic(word.slice(prefix.length));
  return prefix === 'و' && stem.length < 3 && !stopWords.has(stem) && !stopWords.has(rest) ? withoutSuffixes(word) : stem;
}

/** A definite article, alone or after a conjunction and/or a preposition: the word is a noun. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** Whether a normalised Arabic word starts with the definite article, alone or after a conjunction and/or a preposition. */
export const hasArticle = (word: string): boolean => DEFINITE.test(word);

/**
 * The index token of one normalised Arabic word, or null for a stop word. Unlike Lucene, a word
 * whose stem is a stop word is dropped too (`وكان` → `كان`, `لكنه` → `لكن`), so function words
 * glued to a conjunction or a pronoun stay out of the index; not after a definite article, which
 * makes a noun (`الولايات` → `ولا`, `الله` → `له`, as in Lucene).
 */
export function analyseArabicWord(word: string): string | null {
  if (isArabicStopWord(word)) return null;
  const stem = stemArabic(word);
  return stem && (!stopWords.has(stem) || DEFINITE.test(word)) ? stem : null;
}

/** Index and query tokens of Arabic text: normalised, split on non-letters, stop words out, light-stemmed. */
export function analyseArabic(text: string): string[] {
  const tokens: string[] = [];
  for (const word of normaliseArabicKeepingHamza(text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const token = word ? analyseArabicWord(word) : null;
    if (token) tokens.push(token);
  }
  return tokens;
}
