import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { withAskingWords } from '../text/arabic-asking-words.js';
import { PER_CENT_PATTERN } from '../text/per-cent-pattern.js';

/**
 * A share asked: "what percentage / percent / proportion", "how many percent", "the share of", `كم نسبة`,
 * `ما نسبة`, `شو نسبة`, `شنو نسبة` (any asking word of "what" or "how many", standard or Gulf: see WHAT_AR), `كم بالمية`. Arabic normalised (ة → ه). "share" alone is not one: "how many shares"
 * asks of stocks.
 */
const SHARE_ASKED = withAskingWords(
  /\b(?:what|which)\s+(?:percentage|percent|share|proportion)\b|\bhow many (?:percent|per cent)\b|\b(?:percentage|proportion)\s+of\b|\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:\w+\s+)?(?:percentage|proportion|share)\b|(?:^|\s)(?:<howMany>|<what>)\s+(?:(?:هي|كانت|صارت|بتكون|تبلغ|بلغت)\s+)?(?:ال)?نسبه(?=\s|$)|(?:^|\s)كم\s+(?:بالمي[هة]|بالمئه|في المئه|بالميه)(?=\s|$)/iu,
);

/**
 * A share as the wire writes it: a per cent sign or word in either language ("18 percent", `18 في المئة`, `بالمئة`, `٪`; see
 * PER_CENT_PATTERN), or a fraction of the whole ("half of", "a third of", "two thirds of", "three quarters of", "one in five", `نصف`, `ثلث`,
 * `ثلثي`, `ربع` but not a quarter-final, `ربع النهائي`). Folded (see normaliseArabic).
 */
const SHARE_TOLD = new RegExp(
  `${PER_CENT_PATTERN}|\\b(?:(?:half|(?:a|one|two)\\s+thirds?|(?:a|one|three)\\s+quarters?|(?:a|one|two|three|four)\\s+fifths?)\\s+(?:of|the)|(?:one|two|three)\\s+(?:in|out\\s+of)\\s+(?:\\d+|three|four|five|six|seven|eight|nine|ten))\\b|(?<!\\p{L})[وب]?(?:ال)?(?:نصف|ثلث|ثلثا|ثلثي|ربع(?!\\s+(?:ال)?نهائي)|ثلاثه\\s+ارباع)(?!\\p{L})`,
  'iu',
);

/** Whether a question asks for a share, a percentage (see SHARE_ASKED). Pure. */
export const asksShare = (question: string): boolean => SHARE_ASKED.test(normaliseArabic(question));

/** Whether a passage tells a share, in per cent or as a fraction (see SHARE_TOLD): asked a share, a passage with none tells another quantity. Pure. */
export const tellsShare = (text: string): boolean => SHARE_TOLD.test(normaliseArabic(text));

/**
 * The words that name a share, as the analyser leaves them (`نسبة` analyses with the lexicon's "rate"): asked a
 * share, the wire names it by the per cent it writes ("18 percent") and often writes no such word.
 */
export const SHARE_WORDS = new Set(['percentage', 'percent', 'proportion', 'share', 'نسبة', 'النسبة'].flatMap((word) => analyseText(word)));

/** The per cent words as the analyser leaves them ("percent", `المئة`, `المائة`): what names a share in wire copy. */
export const PER_CENT = [...new Set(['percent', 'المئة', 'المائة'].flatMap((word) => analyseText(word)))];
