import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * Someone's or something's condition asked: "how is the boy doing", "what's his condition", `شلون حالته الحين`,
 * `كيف حالة الصيادين`, `شو وضعهم`, `كيف صحته`. Arabic normalised (ة → ه). Its word for the condition is the asking:
 * the wire tells the condition in its own words ("left hospital", "in stable condition", "all in good health").
 */
const CONDITION_ASKED =
  /\bhow(?:'s|\s+is|\s+are)\s+(?:[\p{L}'-]+\s+){1,4}doing\b|\bwhat(?:'s|\s+is)\s+(?:his|her|their|its|the)\s+condition\b|(?:^|\s)(?:شلون|كيف|شو|ايش|وش)\s+(حاله|حالت(?:ه|ها|هم|هن)|صحه|صحت(?:ه|ها|هم|هن)|وضع(?:ه|ها|هم|هن)?)(?=\s|$)/iu;

/** The word a question asks a condition with (`حالته`, "doing", "condition"), as written, folded; undefined when it asks none (see CONDITION_ASKED). Pure. */
export function conditionAsked(question: string): string | undefined {
  const match = CONDITION_ASKED.exec(normaliseArabic(question));
  if (!match) return undefined;
  return match[1] ?? (/condition/i.test(match[0]) ? 'condition' : 'doing');
}
