import { isArabicScript } from './transliterate-name.js';

/** Letters a word keeps before its final alif for the spoken form to be read as one (`هوا`, air; not `ما`, `لا`). */
const MIN_STEM = 2;

/**
 * The standard forms the store holds of an analysed Arabic token in its spoken Gulf spelling, for a
 * token the store does not hold: the spoken language drops the hamza after a final alif (`الكهربا` for
 * `الكهرباء`, `الهوا` for `الهواء`, `الدوا` for `الدواء`) and says `ي` for `ج` (see jeemVariants), and a reader
 * writes as they speak. Only forms the store holds (`holds`), so the wire's vocabulary says which letter was spoken. Pure.
 */
export function spokenVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || holds(token)) return [];
  return [...finalHamzaForms(token).filter(holds), ...jeemVariants(token, holds)];
}

/**
 * The standard form of an analysed Arabic token in the spoken spelling that drops the hamza after a final alif (`كهربا` →
 * `كهرباء`), for the caller to check against words it knows (the store, the lexicon); none for a token not so shaped. Pure.
 */
export function finalHamzaForms(token: string): string[] {
  return isArabicScript(token) && token.endsWith('ا') && token.length >= MIN_STEM + 1 ? [`${token}ء`] : [];
}

/** Letters a word needs for its `ي` to be read as the Gulf's spoken `ج` (`يديد`; not `يد`, a hand). */
const MIN_JEEM_WORD = 3;

/**
 * The Gulf speaks and writes `ي` for the standard `ج` (`اليديدة` for `الجديدة`, `ياي` for `جاي`, `دياي` for `دجاج`): of a token the
 * store does not hold, the forms with one `ي` or all of them written `ج` that the store holds.
 */
function jeemVariants(token: string, holds: (term: string) => boolean): string[] {
  if (token.length < MIN_JEEM_WORD || !token.includes('ي')) return [];
  const places = [...token].flatMap((letter, i) => (letter === 'ي' ? [i] : []));
  const one = places.map((i) => `${token.slice(0, i)}ج${token.slice(i + 1)}`);
  const all = token.replaceAll('ي', 'ج');
  return [...new Set([...one, all])].filter(holds);
}
