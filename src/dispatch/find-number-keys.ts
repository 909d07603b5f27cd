import { PER_CENT_PATTERN } from '../text/per-cent-pattern.js';
import { SCALE_WORD_WRITTEN, scaledFigure } from '../text/scale-words.js';

/** Arabic-Indic and Persian digits to ASCII (one character for one: positions in the text stay). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * A number as written in either script: thousands grouped by `,` or `٬` (`8,112.4`), a decimal
 * mark `.`, `٫` or the wire's Arabic `ر` (`71ر45` is 71.45), and an optional scale word after it
 * (`420 ألف` is 420,000, "1.5 million" is 1,500,000: SCALE_WORD_WRITTEN, the scale words figuresIn reads too), and an
 * optional per cent sign or word (`7 في المئة`, "7 pct": PER_CENT_PATTERN).
 * A comma not followed by a digit is punctuation (`from March 15 to 19, the ministry said`): the figure before it counts.
 */
const NUMBER = new RegExp(String.raw`(\d+(?:[,٬]\d{3})*(?!\d|[,٬]\d))(?:([.٫ر])(\d+))?(?:\s*(${SCALE_WORD_WRITTEN}))?(?:\s*(${PER_CENT_PATTERN}))?`, 'giu');

/** The mark of a percentage's key (`7%`): a rate written in either language, not a count. */
const PERCENT = '%';

/** A number's key, the same in both scripts: its integer part without separators or leading zeros, its decimals without trailing zeros (ASCII digits). */
export function numberKey(whole: string, fraction: string | undefined): string {
  const integer = whole.replace(/[,٬]/g, '').replace(/^0+(?=\d)/, '');
  const decimals = (fraction ?? '').replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/**
 * The keys of one figure: for the wire's Arabic `ر` mark, both orders. Copy converted from
 * right-to-left systems writes the fraction first as often as last (`6ر312 مليون` is 312.6 million on
 * one wire, `71ر45` is 71.45 on another): the mark gives no order, so a figure keys both readings,
 * and the other language's version holds one of them. The reversed reading only where it is a
 * decimal (`0ر64` read backwards is no figure anyone writes) and the integer part has no grouping.
 */
export function figureKeys(whole: string, mark: string | undefined, fraction: string | undefined): string[] {
  const key = numberKey(whole, fraction);
  if (mark !== 'ر' || fraction === undefined || /[,٬]/.test(whole) || /^0+$/.test(whole)) return [key];
  const reversed = numberKey(fraction, whole);
  return reversed === key ? [key] : [key, reversed];
}

/**
 * The numbers of a text as language-neutral keys (`71ر45` and `71.45` → `71.45` (and `45.71`, see figureKeys), `8,112.4` and
 * `8112ر4` → `8112.4`, `420 ألف` and `420,000` → `420000`), single digits left out: they are
 * counts and scores every story has, unless a rate (`7 percent` and `7 في المئة` → `7%`). Story
 * grouping compares them: the figures of an event are the same in every language and rarely the same in the next day's event. Pure.
 */
export function findNumberKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of asciiDigits(text).matchAll(NUMBER)) {
    for (const key of figureKeys(match[1] as string, match[2], match[3])) {
      // A figure with its scale word is keyed in full too: `420 ألف` meets "420,000", "1.5 million" meets "1,500,000", `5 آلاف` meets "5,000".
      const [whole, fraction = ''] = key.split('.');
      const full = match[4] ? scaledFigure(whole as string, fraction, match[4]) : undefined;
      if (full !== undefined) keys.add(full);
      // A single digit is a count or a score every story has, unless it is a rate (`7 percent`, `7 في المئة`).
      if (!key.includes('.') && key.length < 2) {
        if (match[5]) keys.add(key + PERCENT);
        continue;
      }
      keys.add(key);
    }
  }
  return [...keys].sort();
}

/** What a shared date (`15/4`) weighs beside its day's number. */
const DATE_WEIGHT = 0.5;

/** How much a shared number says: a decimal, a rate or a figure from 100 up (not a year) identifies an event; a small one only hints. */
export function numberWeight(key: string): number {
  // A date (`15/4`, find-date-keys.ts): with its day's own key (two digits) as much as a figure from 100 up.
  if (key.includes('/')) return DATE_WEIGHT;
  if (key.includes('.') || key.endsWith(PERCENT)) return 1;
  const value = Number(key);
  if (value >= 1900 && value <= 2100) return 0.5;
  return value >= 100 ? 1 : 0.5;
}
