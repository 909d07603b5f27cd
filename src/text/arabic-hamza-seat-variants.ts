import { isArabicScript } from './transliterate-name.js';

/** The hamza's seats and the bare letter a Gulf hand writes for each: `جايزة` for `جائزة`, `مسوول` for `مسؤول`. */
const SEATS: ReadonlyArray<readonly [bare: string, seated: string]> = [
  ['ي', 'ئ'],
  ['و', 'ؤ'],
];

/**
 * Every form of an analysed Arabic token with a hamza on its seat where the word has the bare letter
 * inside it (`جايز` → `جائز`, `مسوول` → `مسؤول`): each inner `ي` or `و` in turn, then all of them, for
 * the caller to check against words it knows (the store, the lexicon). None for a token with no such letter. Pure.
 */
export function hamzaSeatForms(token: string): string[] {
  if (!isArabicScript(token) || /\d/.test(token)) return [];
  const forms = new Set<string>();
  for (const [bare, seated] of SEATS) {
    const inner = [...token].flatMap((letter, index) => (letter === bare && index > 0 && index < token.length - 1 ? [index] : []));
    const swap = (indices: readonly number[]) => [...token].map((letter, index) => (indices.includes(index) ? seated : letter)).join('');
    for (const form of [...inner.map((index) => swap([index])), ...(inner.length > 1 ? [swap(inner)] : [])]) forms.add(form);
  }
  return [...forms];
}

/**
 * The forms of an analysed Arabic token with a hamza on its seat where the word has the bare letter
 * inside it (`جايز` → `جائز`, `سايق` → `سائق`, `مسوول` → `مسؤول`): colloquial writing drops the hamza
 * and keeps its seat's letter, the wire writes it. Only forms the store holds (`holds`), and only for
 * a token the store does not hold itself: a word it holds is a word of its own (`زايد`, the name, is
 * not `زائد`, extra). Without the token itself. Pure.
 */
export function hamzaSeatVariants(token: string, holds: (term: string) => boolean): string[] {
  return holds(token) ? [] : hamzaSeatForms(token).filter(holds);
}
