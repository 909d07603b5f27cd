import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { clausesOf } from './misses-next-asked.js';
import { tellsMoney } from './tells-money.js';

/** What money is: what one pays, what one wins, what one is fined. */
type MoneyKind = 'paid' | 'won' | 'fined';

/**
 * The words of each kind of money, both languages (Arabic folded, with its article and clitics): what one pays (a cost, a
 * price, a fee, a charge, a fare, a ticket, `بكم`), what one wins (a prize, an award, a reward, `جائزة`, `مكافأة`), what
 * one is fined (a fine, a penalty, `غرامة`). A value or a sum (`قيمة`, `مبلغ`) is money of any kind.
 */
const KIND_WORDS: Record<MoneyKind, RegExp> = {
  paid: new RegExp(
    `\\b(?:cost|costs|costing|price|prices|priced|fee|fees|charge|charges|charged|fare|fares|ticket|tickets)\\b|(?:^|\\s)(?:[وفبل]?ال)?(?:تكلفه|كلفه|تكاليف|سعر|اسعار|رسوم|تذكره|تذاكر)${ARABIC_WORD_END}|(?:^|\\s)(?:بكم|كلف|كلفت|تكلف|يكلف)${ARABIC_WORD_END}`,
    'iu',
  ),
  won: new RegExp(`\\b(?:prize|prizes|award|awards|awarded|reward|rewards)\\b|(?:^|\\s)(?:[وفبل]?ال)?(?:جائزه|جايزه|جوائز|جوايز|مكافاه|مكافات)${ARABIC_WORD_END}`, 'iu'),
  fined: new RegExp(`\\b(?:fine|fines|fined|penalty|penalties)\\b|(?:^|\\s)(?:[وفبل]?ال)?(?:غرامه|غرامات|تغريم)${ARABIC_WORD_END}`, 'iu'),
};

const KINDS = Object.keys(KIND_WORDS) as MoneyKind[];

/** The kinds of money a text names (see KIND_WORDS). Pure. */
const kindsIn = (text: string): MoneyKind[] => {
  const folded = normaliseArabic(text);
  return KINDS.filter((kind) => KIND_WORDS[kind].test(folded));
};

/** The kind of money a question asks: the one kind it names, or undefined when it names none or several. Pure. */
export function moneyKindAsked(question: string): MoneyKind | undefined {
  const kinds = kindsIn(question);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** Nothing to pay: "free", "free of charge", `مجاني`, `مجانا`, `بالمجان`, `دون مقابل`, `بلا مقابل`. Arabic folded. */
const FREE = new RegExp(`\\bfree\\b|(?:^|\\s)(?:[وبل]?(?:ال)?مجاني|مجانيه|مجانا|بالمجان|(?:دون|بدون|بلا)\\s+مقابل)${ARABIC_WORD_END}`, 'iu');

/** A passage's clauses (see clausesOf), and the reported ones "and that" joins: "… entry was free and that a contest would award KD 2,000". */
const reportedClausesOf = (text: string): string[] => clausesOf(text).flatMap((clause) => clause.split(/\s+and\s+that\s+/u));

/**
 * Whether a passage tells only another kind of money than the one asked: asked what a henna design costs, a passage
 * whose one amount is a contest's award; asked the price of a can, one whose amount is a fine. Every clause telling an
 * amount (see tellsMoney) names a word of another kind and none of the kind asked; a clause naming no kind (`بلغت 145
 * دينارا`, "would receive KD 100") may be of any. Not where a clause naming a thing asked (`namesAsked`) tells it free
 * ("entry was free" for what entry costs): nothing to pay is its price. Pure.
 */
export function tellsOtherMoney(kind: MoneyKind, text: string, namesAsked: (clause: string) => boolean): boolean {
  const clauses = reportedClausesOf(text);
  const told = clauses.filter(tellsMoney);
  if (kind === 'paid' && clauses.some((clause) => FREE.test(normaliseArabic(clause)) && namesAsked(clause))) return false;
  return (
    told.length > 0 &&
    told.every((clause) => {
      const kinds = kindsIn(clause);
      return kinds.length > 0 && !kinds.includes(kind);
    })
  );
}
