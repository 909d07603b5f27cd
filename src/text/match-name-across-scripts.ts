import { nameSkeleton } from './transliterate-name.js';

/**
 * Letters wires swap between scripts for the same sound: Portuguese and Spanish `s` is often ش
 * (Guterres غوتيريش), `z` and `s` trade places (Zayed/Sayed is not one, but Zelensky/Selensky is).
 * Keys fold them together; the rest of the skeleton still has to agree.
 */
const fold = (skeleton: string) => skeleton.replace(/[XZ]/g, 'S');

/**
 * The endings the light stemmers cut from one script and not the other (`أردوغان` → `اردوغ` but
 * `Erdogan` keeps its n; `-ات`): a skeleton that differs from another only by one of these still matches.
 */
const STEMMED_ENDING = /[NT]$/;

/** Shortest skeleton worth matching on its own: two consonants collide across too many words. */
export const MIN_NAME_SKELETON = 3;

/**
 * The lookup keys of one word's skeleton: `full`, folded (with and without a glued `AL`), and
 * `bare`, those without an ending a stemmer may have cut from the other script's spelling
 * (`ARDGN` → `ARDG`, as `أردوغان` is indexed `اردوغ`). A bare key is only ever compared with a
 * full one, so two cut words never meet on what is left. Pure.
 */
export function nameKeys(skeleton: string): { full: string[]; bare: string[] } {
  const full = withoutGluedArticle(fold(skeleton));
  const bare = full.map((key) => key.replace(STEMMED_ENDING, '')).filter((key, i) => key !== full[i] && key.length >= MIN_NAME_SKELETON);
  return { full, bare };
}

/**
 * A Latin name may glue the article without a hyphen (`Albudaiwi`, `Alghanim`), which no rule can
 * tell from `Alexander`: the skeleton is tried with and without a leading `AL`.
 */
function withoutGluedArticle(skeleton: string): string[] {
  return skeleton.startsWith('AL') && skeleton.length - 2 >= MIN_NAME_SKELETON - 1 ? [skeleton, skeleton.slice(2)] : [skeleton];
}

/** Whether two word skeletons name the same thing: equal once folded, or one is the other plus a stemmed ending. */
export function skeletonsMatch(a: string, b: string): boolean {
  return withoutGluedArticle(fold(a)).some((x) => withoutGluedArticle(fold(b)).some((y) => foldedMatch(x, y)));
}

function foldedMatch(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && long.startsWith(short) && STEMMED_ENDING.test(long);
}

/**
 * Whether two spellings name the same person or place, in the same script or across Arabic and
 * Latin, with no list of names: the shorter name's words, as consonant skeletons, appear in order
 * in the longer one (`Al-Mutairi` in `عبدالرحمن المطيري`, `Abdulrahman Al Mutairi` in
 * `عبد الرحمن المطيري`), and at least one of them is long enough to mean something. Pure.
 */
export function matchNameAcrossScripts(a: string, b: string): boolean {
  const [x, y] = [nameSkeleton(a), nameSkeleton(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0 || !short.some((word) => word.length >= MIN_NAME_SKELETON)) return false;
  for (let start = 0; start + short.length <= long.length; start += 1) {
    if (short.every((word, i) => skeletonsMatch(word, long[start + i] as string))) return true;
  }
  return false;
}
