import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * The nouns that make "loss" another thing than money lost: the body's ("hair loss", "weight loss", "hearing loss"), a
 * job's, a life's (a closed class of the compounds the wire writes).
 */
const OTHER_LOSSES = 'hair|weight|blood|hearing|memory|vision|sight|appetite|bone|muscle|fluid|sleep|job|jobs|life|heat|water|power|data';

/**
 * A profit asked or told, in both languages (Arabic normalised): "profit", "net income", "earnings",
 * "earned", "made a profit", `ربح`, `ربحت`, `ارباح`, `صافي الربح`; a loss is its other side ("posted a
 * loss", `خسائر`), which answers what a company made too; not a loss of another thing (see OTHER_LOSSES).
 */
const PROFIT = new RegExp(
  String.raw`\b(?:profit|profits|profitable|net\s+income|earnings)\b|(?<!\b(?:${OTHER_LOSSES})\s+)\b(?:loss|losses)\b|(?:^|[\s(])(?:[وفبل]?ال)?(?:ربح|ربحا|ربحت|ربحوا|يربح|تربح|ارباح|ارباحا|ارباحها|ارباحه|خساره|خسائر|خسائرها)(?=[\s.,،؛:؟?)]|$)`,
  'iu',
);

/** Whether a question asks a profit (see PROFIT). Pure. */
export const asksProfit = (question: string): boolean => PROFIT.test(normaliseArabic(question));

/**
 * Whether a passage misses the profit a question asks: asked how much insurers made, a passage that
 * tells their premiums and the claims they paid, and no profit or loss, tells other figures of theirs. Pure.
 */
export function missesProfitAsked(question: string, passage: string): boolean {
  return asksProfit(question) && !PROFIT.test(normaliseArabic(passage));
}
