import { MIN_NAME_SKELETON, nameKeys } from './match-name-across-scripts.js';
import { isArabicScript, nameSkeleton } from './transliterate-name.js';

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
}

/** More spellings than this for one skeleton are a common root, not a name. */
const MAX_SPELLINGS = 4;

/**
 * Indexes analysed terms (a store's vocabulary) by the keys of their consonant skeletons, one
 * index per script, so a name nobody listed finds its spelling in the other script: the token
 * `mutairi` finds the stem `مطير`, and `مطير` finds `mutairi`. Pure.
 */
export function buildNameVocabulary(terms: Iterable<string>): NameVocabulary {
  const byScript = { ar: new Map<string, Set<string>>(), latin: new Map<string, Set<string>>() };
  const all = new Set<string>();
  for (const term of terms) {
    all.add(term);
    if (/\d/.test(term)) continue;
    const [skeleton, ...more] = nameSkeleton(term);
    if (skeleton === undefined || more.length > 0 || skeleton.length < MIN_NAME_SKELETON) continue;
    const index = isArabicScript(term) ? byScript.ar : byScript.latin;
    for (const key of nameKeys(skeleton)) {
      const set = index.get(key) ?? new Set<string>();
      set.add(term);
      index.set(key, set);
    }
  }
  return {
    holds: (token) => all.has(token),
    spellingsOf(token) {
      const [skeleton, ...more] = nameSkeleton(token);
      if (skeleton === undefined || more.length > 0 || skeleton.length < MIN_NAME_SKELETON) return [];
      const indexes = isArabicScript(token) ? [byScript.latin] : [byScript.ar, byScript.latin];
      const found = new Set<string>();
      for (const index of indexes) for (const key of nameKeys(skeleton)) for (const term of index.get(key) ?? []) if (term !== token) found.add(term);
      return found.size > MAX_SPELLINGS ? [] : [...found];
    },
  };
}
