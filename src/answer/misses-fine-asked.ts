import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { tellsMoney } from './tells-money.js';

/** A fine, noun or verb, in both languages (Arabic normalised, with its clitics): "fine", "fines", "fined", `غرامة`, `غرامات`, `يغرم`, `تغريم`. */
const FINE = `\\b(?:fine|fines|fined)\\b|(?:^|\\s)[وفبل]?(?:ال)?(?:غرامه|غرامات|غرامتها|غرامته|تغريم|يغرم|تغرم|غرمت)${ARABIC_WORD_END}`;

/** A fine word alone (see FINE). */
const FINE_WORD = new RegExp(FINE, 'iu');

/**
 * A fine's amount asked: "what's the fine", "what are the fines", "how much … fined", "how much is the fine",
 * `كم غرامة`, `كم الغرامة`, `شكثر الغرامة`, `ما غرامة`, `شو الغرامة`, `ما هي الغرامة`, `ما قيمة الغرامة`.
 * Not "how many … fined" (a count). Arabic normalised.
 */
const AMOUNT_ASKED = new RegExp(
  `\\bwhat(?:'s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will\\s+be|\\s+would\\s+be)?\\s+(?:the\\s+|a\\s+)?(?:new\\s+)?fines?\\b|\\bhow\\s+much\\b|(?:^|\\s)(?:كم|شكثر|شقد|قديش|بكم|ما|شو|ايش|وش|شنو|ماهي)\\s+(?:هي\\s+)?(?:قيمه\\s+)?(?:ال)?(?:غرامه|غرامات)${ARABIC_WORD_END}`,
  'iu',
);

/** A fine told: a fine word (see FINE) or "penalty", "penalties", `عقوبة`, `عقوبات`, `جزاء`. Arabic normalised. */
const FINE_TOLD = new RegExp(`${FINE}|\\b(?:penalty|penalties)\\b|(?:^|\\s)[وفبل]?(?:ال)?(?:عقوبه|عقوبات|جزاء)${ARABIC_WORD_END}`, 'iu');

/**
 * Whether a question asks the amount of a fine: a fine word (see FINE) and the amount asked (see
 * AMOUNT_ASKED). Not "were any schools fined" (yes or no) nor "how many shops were fined" (a count): a
 * passage telling the fine without its amount answers them. Pure.
 */
export function asksFine(question: string): boolean {
  const folded = normaliseArabic(question);
  return FINE_WORD.test(folded) && AMOUNT_ASKED.test(folded);
}

/**
 * Whether a passage misses the fine asked: it tells no fine (see FINE_TOLD) with an amount of money.
 * Asked the fine for breaking a fee cap, a passage telling the cap's 40 dinars tells the fee, not a fine;
 * one telling schools referred for investigation tells no amount. Pure.
 */
export function missesFineAsked(passage: string): boolean {
  const folded = normaliseArabic(passage);
  return !(FINE_TOLD.test(folded) && tellsMoney(folded));
}
