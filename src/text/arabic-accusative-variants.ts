import { normaliseArabic } from './analyse-arabic.js';
import { isArabicScript } from './transliterate-name.js';

/** Shortest stem given its accusative alif: two-letter stems plus an alif are other words (`جدا`, very). */
const MIN_STEM = 3;

/** Whether an Arabic stem takes the accusative alif the wire writes: three letters or more, not after a long vowel (`دعوا`, `نادي`). */
const takesAlif = (stem: string): boolean => stem.length >= MIN_STEM && !/[اوي]$/.test(stem);

/**
 * An Arabic word without the accusative alif of an indefinite noun or adjective (`مخيما` → `مخيم`,
 * `86 مصارعا` → `مصارع`), if it ends with one (see takesAlif); else undefined. Pure.
 */
export function withoutAccusative(word: string): string | undefined {
  if (!word.endsWith('ا') || !isArabicScript(word) || /\d/.test(word)) return undefined;
  const stem = word.slice(0, -1);
  return takesAlif(stem) ? stem : undefined;
}

/**
 * The form with and without the accusative alif that the store holds: an indefinite noun or
 * adjective in the accusative is written with a final `ا` (the tanwin's, `أقام مخيما`, `كثيرا`),
 * which the light stemmer keeps, so the wire's `مخيما` is not the reader's `مخيم` (`المخيمات`,
 * `مخيم`) unless the question also looks for it. Only forms the store holds (`holds`), never after
 * a long vowel (`دعوا`, `نادي`). Given the word as `written`, also the accusative in `يا` of a final `ي`
 * the stemmer took off (see finalYaAccusative). Without the token itself. Pure.
 */
export function accusativeVariants(token: string, holds: (term: string) => boolean, written?: string): string[] {
  if (!isArabicScript(token) || /\d/.test(token)) return [];
  const form = token.endsWith('ا') ? withoutAccusative(token) : takesAlif(token) ? `${token}ا` : undefined;
  const final = written === undefined ? undefined : finalYaAccusative(token, written);
  return [form, final].filter((term): term is string => term !== undefined && holds(term));
}

/**
 * The accusative in `يا` of a word written with a final `ي` the stemmer took off (`كرسي` → `كرس`, the
 * wire's `42 كرسيا`; `أخصائي`, `22 أخصائيا`), else undefined. Only the written `ي`: a feminine `ية`
 * (`التراثية`, `الكينية`) takes its accusative in `ية`, never `يا` (`تراثيا`, `كينيا` are other words). Pure.
 */
function finalYaAccusative(token: string, written: string): string | undefined {
  return token.length >= MIN_STEM && normaliseArabic(written).endsWith(`${token}ي`) ? `${token}يا` : undefined;
}
