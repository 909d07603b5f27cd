import { normaliseArabic } from '../text/analyse-arabic.js';
import { asksShare } from './asks-share.js';
import { arabicCurrencies, arabicWholeWordCurrencies, latinCurrencies } from './currency-words.js';

/**
 * What a question asks the money of: a cost, a value, a fine, a fee, a budget, money, a sum or a price
 * ("how much did it cost", `كم كلفت`, `شكثر قيمة`, `كم الغرامة`, `كم سعر التذكرة`), the money or the price
 * with a pronoun (`كم فلوسها`, `سعره`), and `أموال`, the word normaliseQuestion writes for the Gulf `فلوس`;
 * not when it asks any of them risen or fallen (see CHANGE). Arabic normalised (ة → ه).
 */
const MONEY_ASKED =
  /\b(?:cost|costs|costing|value|valued|worth|fine|fines|fee|fees|budget|paid|pay|spend|spent|money|price|prices|priced)\b|(?:^|[\s(])(?:[وفبل]?ال)?(?:تكلفه|كلفه|تكاليف|قيمه|غرامه|غرامات|ميزانيه|(?:رسوم|فلوس|اموال|مبلغ|سعر|اسعار)(?:ها|ه|هم)?)(?=[\s.,،؛:؟?)]|$)|(?:^|\s)(?:كلف|كلفت|تكلف|يكلف|ستكلف|دفع|دفعت|صرف|صرفت)(?=[\s.,،؛:؟?)]|$)/iu;

/**
 * The Gulf verb of worth after `كم` (`كم يسوى النيزك`, `كم تسوى العملة`: how much is it worth), read before folding: its
 * `ى` is what tells it from `يسوي`, does, which folding writes the same (`كم عملية يسوي`).
 */
const WORTH_ASKED = /(?:^|\s)ب?كم\s+(?:كان\s+|كانت\s+)?[يت]سو[ىا](?=[\s.,،؛:؟?)]|$)/u;

/** A change asked ("how much did housing costs rise", "go up", `كم ارتفعت`): its answer is a share or a difference, not an amount. */
const CHANGE = /\b(?:(?:go|goes|going|gone|went)\s+(?:up|down)|rise|rises|rose|risen|fall|falls|fell|fallen|increase|increased|decrease|decreased|drop|dropped|climb|climbed|grow|grew|jump|jumped)\b|ارتفع|انخفض|زاد|زادت|تراجع|صعد/iu;

/** An amount of money in wire copy: a currency word or sign ("KD 18", "1.1 billion dinars", `240 ألف دينار`, "$5 million", "250 fils", `150 فلسا`). */
const MONEY_TOLD = new RegExp(
  `\\$|€|£|\\b(?:${latinCurrencies.join('|')})\\b|${arabicCurrencies.join('|')}|د\\.ك|(?:^|[\\s(])[وب]?(?:${arabicWholeWordCurrencies.join('|')})(?=[\\s.,،؛:؟?)]|$)`,
  'iu',
);

/**
 * `بكم`, "for how much" (`بكم التذكرة`), "what's the price of": a price in money, whatever else the question asks (but see
 * BI_KAM_COUNTED).
 */
const FOR_HOW_MUCH = /(?:^|\s)بكم(?=[\s.,،؛:؟?)]|$)|\bwhat(?:'s|\s+is|\s+was|\s+are)\s+the\s+prices?\s+of\b/iu;

/**
 * `بكم` before a noun without the article that a verb follows (`بكم برادة لقوا بكتيريا`, in how many coolers did they find
 * bacteria): `ب` is "in" and `كم` counts the noun, no price. The verb by its shape: an imperfect's prefix, or the past's `ت` or
 * `وا`; the noun by none of an imperfect's prefixes and no copula (`بكم كان يشتري`, for how much did he buy, is a price). A
 * currency counted so (`بكم دينار باعوها`, for how many dinars) is a price still. Normalised.
 */
const BI_KAM_COUNTED = /(?:^|\s)بكم\s+((?!ال|كان|صار|[يتن])[\u0621-\u064A]{3,})\s+(?:[يتن][\u0621-\u064A]{3,}|[\u0621-\u064A]{2,}(?:ت|وا))(?=[\s.,،؛:؟?)]|$)/u;
/** A currency's word at the start of a noun (`دينار`, `دنانير`, `درهم`), as MONEY_TOLD reads it. */
const CURRENCY_START = new RegExp(`^(?:${arabicCurrencies.join('|')})`, 'u');

/** Whether `بكم` counts the noun after it (see BI_KAM_COUNTED). */
const countedAfterBiKam = (folded: string): boolean => {
  const noun = BI_KAM_COUNTED.exec(folded)?.[1];
  return noun !== undefined && !arabicWholeWordCurrencies.includes(noun) && !CURRENCY_START.test(noun);
};

/**
 * A prize's amount asked in Arabic by `كم` and the prize of its holder (`كم جائزة البطل`, `كم جايزة الفايز`, `كم جائزة
 * بطل الدوري`): the prize of one who wins is an amount of money. Not a count of prizes (`كم جائزة حصدت الكويت`), which a verb
 * of winning follows. The holder words are a closed class: the champion, the winner, a place (`المركز`). Normalised.
 */
const PRIZE_OF_HOLDER =
  /(?:^|\s)[و]?كم\s+(?:قيمه\s+)?(?:ال)?(?:جائزه|جايزه)\s+(?:ال)?(?:بطل|بطله|ابطال|فائز|فائزه|فايز|فايزه|فائزين|فايزين|مركز|فريق\s+الفائز|فريق\s+الفايز)(?=[\s.,،؛:؟?)]|$)(?![^؟?]*(?:حصد|نال|فاز|احرز|حقق))/u;

/**
 * A price asked in English without a word of money: "how much is a ticket", "how much are tickets",
 * "how much was a box of tomatoes", or by a verb of selling ("what did it fetch", "going for", "sold for").
 * Not when a participle follows the thing ("how much were the chargers used"): that asks a quantity.
 */
const PRICE_ASKED = /\bhow\s+much\s+(?:is|are|was|were)\s+(?![^?]*\b(?:[a-z]+ed|share|percentage|proportion|rate)\b)|\bfetch(?:es|ed|ing)?\b|\b(?:go|goes|going|went|sell|sells|selling|sold)\s+for\b/iu;

/**
 * Money asked by "what" rather than "how much": the question's last verb is one of paying ("what does
 * the forum cost?", "what does a visit cost non-Kuwaitis?", "what do the cadets get paid?"), or its cost
 * of doing a thing ("what did it cost to remove the humps?"; not "in charge
 * of", nor pay as a noun: "what did the ministry say about government pay?"), or the
 * thing "what is" asks is itself a sum ("what's the fine for …", "what are the fees"), not a noun the sum
 * qualifies ("what was the food price inflation", a share). The asked slot is the money, so its answer is
 * an amount; a word of money elsewhere in a "what" question ("what did the minister say about the
 * budget") is its topic, not what it asks.
 */
const WHAT_MONEY =
  /^\s*what\s+(?:does|do|did|will|would)\s+(?:it|[\w'-]+(?:\s+[\w'-]+){0,2})\s+cost\s+to\s+[a-z]+\b|^\s*what\s+(?:does|do|did|will|would|could|can)\b[^?]*(?:(?<!\bin\s)\b(?:cost|costs|charge|charges)(?:\s+[\w'-]+){0,2}|\b(?:get|gets|got|be|are|is|was|were)\s+paid)\s*\??\s*$|^\s*what(?:'s|\s+(?:is|was|are|were|will\s+be))\s+the\s+(?:[\w-]+\s+)?(?:cost|costs|fine|fines|fee|fees|price|prices|charge|charges)\s*(?:$|\?|\b(?:of|for|on|to|at|in|per|if|when|with)\b)/iu;

/**
 * Whether a question asks the price of something: with `بكم` or "what's the price of" (see
 * FOR_HOW_MUCH), a prize's amount asked of its holder (see PRIZE_OF_HOLDER), as a price asked without a word of money (see PRICE_ASKED) and no share ("how much
 * was the share"), or as a sum asked by "what" (see WHAT_MONEY), and either way no change ("how much is
 * the rise", `بكم ارتفعت الحالات`, by how much they rose): its answer is an amount of money. Pure.
 */
export function asksPrice(question: string): boolean {
  const folded = normaliseArabic(question);
  return ((FOR_HOW_MUCH.test(folded) && !countedAfterBiKam(folded)) || WHAT_MONEY.test(folded) || PRIZE_OF_HOLDER.test(folded) || (PRICE_ASKED.test(folded) && !asksShare(folded))) && !CHANGE.test(folded);
}

/** Whether a question asks how much money something cost, was worth, was fined or is priced at. Pure. */
export function asksForMoney(question: string): boolean {
  const folded = normaliseArabic(question);
  return (MONEY_ASKED.test(folded) || WORTH_ASKED.test(question)) && !CHANGE.test(folded);
}

/**
 * Whether a passage tells an amount of money. A cost, a value or a fine is told in money: a passage
 * with none tells another quantity (3.2 million pills for their value, a 25-minute display for its cost). Pure.
 */
export const tellsMoney = (text: string): boolean => MONEY_TOLD.test(normaliseArabic(text));
