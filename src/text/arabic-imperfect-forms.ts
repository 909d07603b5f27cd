import { isArabicScript } from './transliterate-name.js';

/** The imperfect's person prefixes (`يستبدل`, `تستبدل`, `نستبدل`; `يرفع`, `ترفع`, `نرفع`). */
export const PERSON_PREFIXES: readonly string[] = ['ي', 'ت', 'ن'];

/** The future's prefix, which the wire writes before an imperfect (`ستستبدل`, "will be replaced"). */
export const FUTURE = 'س';

/**
 * Letters a stem keeps at least: a derived form's (`ستبدل` of `استبدل`, `نتقل` of `انتقل`). A stem of three letters is a
 * bare root, whose imperfect another word shares (`تقدم`, progress, of `قدم`, applied; `تقدر`, estimated, of `قدر`).
 */
const MIN_STEM = 4;

/**
 * The imperfect forms the store holds of an Arabic verb given in the past or the present (`استبدل`, `يستبدل` →
 * `تستبدل`, `ستستبدل`): a dictionary gives a verb in its citation form, the wire tells what will be done with a
 * person's prefix and the future's `س`. The stem is the token without its person prefix, or without the alif a derived
 * form's past opens with (`استبدل`, `انتقل`: `يستبدل`, `ينتقل`), or the token. Only forms the store holds (`holds`), never
 * the token itself. Pure.
 */
export function arabicImperfectForms(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token)) return [];
  const stems = new Set<string>([token]);
  for (const prefix of PERSON_PREFIXES) if (token.startsWith(prefix)) stems.add(token.slice(prefix.length));
  if (token.startsWith('ا')) stems.add(token.slice(1));
  const forms = [...stems].filter((stem) => stem.length >= MIN_STEM).flatMap((stem) => PERSON_PREFIXES.flatMap((prefix) => [prefix + stem, FUTURE + prefix + stem]));
  return [...new Set(forms)].filter((form) => form !== token && holds(form));
}
