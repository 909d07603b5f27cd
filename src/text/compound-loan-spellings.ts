import { nameKeys } from './match-name-across-scripts.js';
import { isArabicScript, wordSkeleton } from './transliterate-name.js';

/**
 * A loanword one script glues and the other writes in two words: "snowboard" and `سنو بورد`, "skateboard" and `سكيت بورد`,
 * "bodybuilding" and `بودي بلدنغ`. Neither half alone is the other's word (a name's skeleton is matched word by word), so
 * the store's two-word spelling is found by the glued skeleton of its halves.
 */
export interface CompoundLoanSpellings {
  /**
   * The stored Arabic two-word phrases a Latin token spells when it splits into two words (`isWord`: "beat", "box"), each
   * half by its skeleton (`snowboard` → `سنو بورد`); none when too many would.
   */
  splitSpellingsOf(token: string, isWord: (part: string) => boolean): string[][];
  /** The stored Latin terms two Arabic tokens glued spell (`سكيت`, `بورد` → `skateboard`); none when too many would. */
  gluedSpellingsOf(first: string, second: string): string[];
}

/** Shortest glued skeleton worth matching: two halves of two consonants each, or one and three. */
const MIN_GLUED = 4;
/** Shortest half of a split Latin word, in letters ("box"). */
const MIN_PART = 3;
/** Shortest half of a split Latin skeleton: one consonant (`بي`) matches too many words to tell a loan. */
const MIN_HALF = 2;
/** More than this many phrases for one word are words of a common skeleton beside each other, not a loan. */
const MAX_PHRASES = 4;
/** The ending English stemming cuts ("bodybuilding" → `bodybuild`) that the Arabic spelling keeps (`بلدنغ`). */
const CUT_ENDING = /NG$/;

/**
 * Indexes a store's analysed terms by their folded consonant skeletons, Arabic and Latin apart, at any length (a half of a
 * loan may be two consonants, `بيت`), so a compound loanword finds its spelling in the other script. The index is built on
 * the first lookup, reading `terms` then (once). Pure but for that memory.
 */
export function buildCompoundLoanSpellings(terms: Iterable<string>): CompoundLoanSpellings {
  let index: { arabic: Map<string, string[]>; latin: Map<string, string[]> } | undefined;
  const indexed = () => {
    if (index) return index;
    const built = { arabic: new Map<string, string[]>(), latin: new Map<string, string[]>() };
    for (const term of terms) {
      const skeleton = wordSkeleton(term);
      if (skeleton === null) continue;
      const map = isArabicScript(term) ? built.arabic : built.latin;
      for (const key of nameKeys(skeleton).full) map.set(key, [...(map.get(key) ?? []), term]);
    }
    index = built;
    return built;
  };
  const lookup = (map: Map<string, string[]>, skeleton: string) => [...new Set(nameKeys(skeleton).full.flatMap((key) => map.get(key) ?? []))];
  return {
    splitSpellingsOf(token, isWord) {
      if (isArabicScript(token)) return [];
      const { arabic } = indexed();
      const phrases: string[][] = [];
      for (let j = MIN_PART; j + MIN_PART <= token.length; j += 1) {
        const [left, right] = [token.slice(0, j), token.slice(j)];
        if (!isWord(left) || !isWord(right)) continue;
        const [a, b] = [wordSkeleton(left), wordSkeleton(right)];
        if (a === null || b === null || a.length < MIN_HALF || b.length < MIN_HALF) continue;
        for (const first of lookup(arabic, a)) for (const second of lookup(arabic, b)) phrases.push([first, second]);
        if (phrases.length > MAX_PHRASES) return [];
      }
      return phrases;
    },
    gluedSpellingsOf(first, second) {
      if (!isArabicScript(first) || !isArabicScript(second)) return [];
      const [a, b] = [wordSkeleton(first), wordSkeleton(second)];
      if (a === null || b === null || a.length + b.length < MIN_GLUED) return [];
      const glued = a + b;
      const { latin } = indexed();
      const found = [...new Set([...lookup(latin, glued), ...(CUT_ENDING.test(glued) ? lookup(latin, glued.replace(CUT_ENDING, '')) : [])])];
      return found.length > MAX_PHRASES ? [] : found;
    },
  };
}
