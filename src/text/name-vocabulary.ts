import { buildCompoundLoanSpellings, type CompoundLoanSpellings } from './compound-loan-spellings.js';
import { MIN_NAME_SKELETON, nameKeys } from './match-name-across-scripts.js';
import { isArabicScript, wordSkeleton } from './transliterate-name.js';

/** Spellings of one name a store holds, found by the form asked in the other script. */
export interface NameVocabulary {
  /**
   * Other spellings of `token` (an analysed token) the store holds: terms of the other script whose
   * skeleton matches, and for a Latin token Latin variants too (`shamary`, `shammari`); never
   * Arabic variants of an Arabic token, which would be other words of the same root.
   */
  spellingsOf(token: string): string[];
  /** Whether some stored dispatch holds the term. */
  holds(token: string): boolean;
  /** How many stored dispatches hold the term. */
  documents(token: string): number;
  /** The stored Latin terms that begin with `prefix` and go on for at least `more` letters. */
  startingWith(prefix: string, more: number): string[];
  /** A loanword's spellings one script glues and the other writes in two words (see CompoundLoanSpellings). */
  compounds?: CompoundLoanSpellings;
}

/** More spellings than this for one skeleton are a common root, not a name. */
const MAX_SPELLINGS = 4;

/**
 * Indexes analysed terms (a store's vocabulary) by the keys of their consonant skeletons, one
 * index per script, so a name nobody listed finds its spelling in the other script: the token
 * `mutairi` finds the stem `مطير`, and `مطير` finds `mutairi`. Pure.
 */
export function buildNameVocabulary(terms: Iterable<string | { term: string; documents: number }>): NameVocabulary {
  const arabic = new Map<string, Set<string>>();
  const latin = new Map<string, Set<string>>();
  const latinBare = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, key: string, term: string) => index.set(key, (index.get(key) ?? new Set()).add(term));
  const all = new Map<string, number>();
  for (const entry of terms) {
    const term = typeof entry === 'string' ? entry : entry.term;
    all.set(term, typeof entry === 'string' ? 1 : entry.documents);
    const skeleton = wordSkeleton(term, MIN_NAME_SKELETON);
    if (skeleton === null) continue;
    const keys = nameKeys(skeleton);
    if (isArabicScript(term)) {
      for (const key of keys.full) add(arabic, key, term);
    } else {
      for (const key of keys.full) add(latin, key, term);
      for (const key of keys.bare) add(latinBare, key, term);
    }
  }
  // The Latin words in the store's order, and their positions sorted by word, built on the first prefix
  // lookup: a prefix is then a binary search, not a walk over the whole vocabulary each question.
  let sortedLatin: { words: string[]; byWord: number[] } | undefined;
  const latinWords = () => {
    if (sortedLatin === undefined) {
      const words = [...all.keys()].filter((term) => /^[a-z]+$/.test(term));
      const byWord = words.map((_, i) => i).sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
      sortedLatin = { words, byWord };
    }
    return sortedLatin;
  };
  return {
    // Its index is built on the first lookup, from the terms as they stand once this vocabulary is built.
    compounds: buildCompoundLoanSpellings(all.keys()),
    holds: (token) => all.has(token),
    documents: (token) => all.get(token) ?? 0,
    startingWith(prefix, more) {
      const { words, byWord } = latinWords();
      const found: number[] = [];
      for (let k = firstAtLeast(words, byWord, prefix); k < byWord.length && (words[byWord[k] as number] as string).startsWith(prefix); k += 1) {
        const i = byWord[k] as number;
        if ((words[i] as string).length >= prefix.length + more) found.push(i);
      }
      // In the store's own order, as a walk over every term would give them.
      return found.sort((a, b) => a - b).map((i) => words[i] as string);
    },
    spellingsOf(token) {
      const skeleton = wordSkeleton(token, MIN_NAME_SKELETON);
      if (skeleton === null) return [];
      const keys = nameKeys(skeleton);
      const lookups: Array<[Map<string, Set<string>>, string[]]> = isArabicScript(token)
        ? [[latin, keys.full], [latinBare, keys.full]]
        : [[arabic, [...keys.full, ...keys.bare]], [latin, keys.full]];
      const found = new Set<string>();
      for (const [index, list] of lookups) for (const key of list) for (const term of index.get(key) ?? []) if (term !== token) found.add(term);
      return found.size > MAX_SPELLINGS ? [] : [...found];
    },
  };
}

/** The first position in `byWord` (positions of `words` sorted by word) whose word is not below `prefix`. */
function firstAtLeast(words: readonly string[], byWord: readonly number[], prefix: string): number {
  let lo = 0;
  let hi = byWord.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[byWord[mid] as number] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
