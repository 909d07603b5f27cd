import { isArabicScript } from './transliterate-name.js';

/**
 * Broken plurals and their singulars as letter patterns over an analysed token (the article and a
 * final `ة` taken off; `ا` for every alef): `F`, `E`, `L` stand for a root's three letters (`فعل`),
 * every other letter is the pattern's own. Each pair is read both ways. Only the patterns of five
 * letters or more: a shorter plural (`فعول`, `أفعال`) has too many words of its own shape that are
 * no plural (`دخول`, entry, is not the plural of `دخل`, income). Not `فواعل` ↔ `فاعل`: its singular is
 * the shape of every active participle (`عوامل`, factors, is not `عامل`, a worker; `خفر السواحل`, the
 * coast guard, reached every `ساحل`, shore).
 */
const PAIRS: ReadonlyArray<readonly [plural: string, singular: string]> = [
  ['FEائL', 'FEيL'], // فسائل ↔ فسيلة, حدائق ↔ حديقة
  ['FEائL', 'FEاL'], // رسائل ↔ رسالة
  ['مFاEL', 'مFEL'], // مواقف ↔ موقف, مدارس ↔ مدرسة
  ['مFاEيL', 'مFEوL'], // مشاريع ↔ مشروع
];

/** The root's letters of a token read as `pattern`, or undefined when it does not fit. */
function rootOf(token: string, pattern: string): Map<string, string> | undefined {
  if (token.length !== pattern.length) return undefined;
  const root = new Map<string, string>();
  for (let i = 0; i < pattern.length; i += 1) {
    const slot = pattern[i] as string;
    const letter = token[i] as string;
    if ('FEL'.includes(slot)) root.set(slot, letter);
    else if (slot !== letter) return undefined;
  }
  return root;
}

/** `pattern` with the root's letters put in. */
const fill = (pattern: string, root: ReadonlyMap<string, string>) => [...pattern].map((slot) => root.get(slot) ?? slot).join('');

/**
 * The singular of a broken plural, or the plural of a singular, as the store holds it: a reader asks
 * about `الفسائل` (offshoots), the wire counts `4800 فسيلة` (a figure takes the singular); asks where
 * the `شواحن` (chargers) are, the wire writes `شاحن`. One word in two numbers, so also for a token
 * the store holds (the announcement's plural, the update's singular). Only forms the store holds
 * (`holds`, term_documents), so the store's vocabulary says which shape was a plural. Without the
 * token. Pure.
 */
export function pluralVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || /\d/.test(token)) return [];
  const found = new Set<string>();
  for (const [plural, singular] of PAIRS) {
    for (const [from, to] of [[plural, singular], [singular, plural]] as const) {
      const root = rootOf(token, from);
      if (!root) continue;
      const form = fill(to, root);
      if (form !== token && holds(form)) found.add(form);
    }
  }
  return [...found];
}
