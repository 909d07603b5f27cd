import { englishStopWords } from './english-stop-words.js';

const stopWords = new Set(englishStopWords);
/** Acronyms spelled like stop words: `WHO` and `US` in capitals are names, `who` and `us` are not. */
const CAPITAL_ACRONYMS = new Set(['WHO', 'US']);
/** Their tokens: a stem spelt like one (`use`, `used`, `using` → `us`) takes back its final e, or every "used" would name the US. */
const ACRONYM_TOKENS = new Set([...CAPITAL_ACRONYMS].map((word) => word.toLowerCase()));

const VOWELS = 'aeiou';
const isVowelAt = (word: string, i: number): boolean =>
  VOWELS.includes(word.charAt(i)) || (word.charAt(i) === 'y' && i > 0 && !isVowelAt(word, i - 1));

/** Porter's measure: how many vowel-consonant sequences the stem has (`tr`=0, `trouble`=1, `private`=2). */
function measure(stem: string): number {
  let m = 0;
  for (let i = 1; i < stem.length; i += 1) if (!isVowelAt(stem, i) && isVowelAt(stem, i - 1)) m += 1;
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i += 1) if (isVowelAt(stem, i)) return true;
  return false;
}

/** Consonant-vowel-consonant at the end, the last not w, x or y (`hop`, `rat`, not `snow`). */
const endsCvc = (s: string): boolean =>
  s.length >= 3 && !isVowelAt(s, s.length - 1) && isVowelAt(s, s.length - 2) && !isVowelAt(s, s.length - 3) && !/[wxy]$/.test(s);

/** Lucene's EnglishMinimalStemmer, plurals only (`countries` → `country`, `talks` → `talk`); `-is` kept too (`crisis`, `Tunis`). */
function stemPlural(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return word;
  if (/[^ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[aeio]es$/.test(word)) return word;
  return word.slice(0, -1);
}

/**
 * Porter step 1b: `-ed`/`-ing` off a stem that keeps a vowel, with its fix-ups (`rising` → `rise`,
 * `running` → `run`); `-ied` → `-y` to meet the plural rule (`denied`, `denies` → `deny`).
 */
function stemVerb(word: string): string {
  const last = word.charAt(word.length - 1);
  if (last !== 'd' && last !== 'g') return word;
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  const suffix = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  const stem = word.slice(0, word.length - suffix);
  if (suffix === 0 || !hasVowel(stem)) return word;
  if (/(?:at|bl|iz)$/.test(stem)) return `${stem}e`;
  if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
  return measure(stem) === 1 && endsCvc(stem) ? `${stem}e` : stem;
}

/** Porter step 5a: a final `e` goes when the stem is long enough, so `increase`, `increased` and `increasing` meet. */
function stemFinalE(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

/**
 * A light, predictable English stemmer: Lucene's minimal plural rules, then Porter's `-ed`/`-ing`
 * step and final-e rule (no derivational suffixes: `vaccination` stays apart from `vaccine`).
 * `ministers` → `minister`, `talks` → `talk`, `countries` → `country`, `killed` → `kill`.
 */
export function stemEnglish(word: string): string {
  return stemFinalE(stemVerb(stemPlural(word)));
}

/** Lowercases and folds accents (NFKD, combining marks dropped): `Türkiye` → `turkiye`. */
export function foldEnglish(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const ASCII_WORD = /^[a-z0-9]+$/;

/** The index token of one English word (any case, any accents), or null for a stop word or a lone letter. */
export function analyseEnglishWord(word: string): string | null {
  if (CAPITAL_ACRONYMS.has(word)) return word.toLowerCase();
  let folded = word.toLowerCase();
  if (!ASCII_WORD.test(folded)) folded = foldEnglish(folded);
  if (!folded || stopWords.has(folded) || (folded.length === 1 && !/\d/.test(folded))) return null;
  if (/\d/.test(folded)) return folded;
  const stem = stemEnglish(folded);
  return ACRONYM_TOKENS.has(stem) ? `${stem}e` : stem;
}

/** Words of Latin text, dotted acronyms joined (`U.S.` → `US`): the tokeniser shared with analyseText. */
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+/gu;

/** Index and query tokens of English text: folded, stop words out, light-stemmed. */
export function analyseEnglish(text: string): string[] {
  const tokens: string[] = [];
  for (const [match] of text.matchAll(WORD_PATTERN)) {
    const token = analyseEnglishWord(match.includes('.') ? match.replaceAll('.', '') : match);
    if (token) tokens.push(token);
  }
  return tokens;
}
