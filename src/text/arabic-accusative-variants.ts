import { isArabicScript } from './transliterate-name.js';

/** Shortest stem given its accusative alif: two-letter stems plus an alif are other words (`جدا`, very). */
const MIN_STEM = 3;

/**
 * The form with and without the accusative alif that the store holds: an indefinite noun or
 * adjective in the accusative is written with a final `ا` (the tanwin's, `أقام مخيما`, `كثيرا`),
 * which the light stemmer keeps, so the wire's `مخيما` is not the reader's `مخيم` (`المخيمات`,
 * `مخيم`) unless the question also looks for it. Only forms the store holds (`holds`), never after
 * a long vowel (`دعوا`, `نادي`). Without the token itself. Pure.
 */
export function accusativeVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || /\d/.test(token)) return [];
  const bare = token.endsWith('ا') ? token.slice(0, -1) : token;
  if (bare.length < MIN_STEM || /[اوي]$/.test(bare)) return [];
  const form = bare === token ? `${token}ا` : bare;
  return holds(form) ? [form] : [];
}
