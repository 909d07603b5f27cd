import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { QUESTION_WORDS_AR } from '../text/arabic-asking-words.js';
import { QUESTION_WORDS_EN } from '../text/english-question-words.js';

/**
 * The words that open a question in English and Arabic (a closed class: the question words, "from when" and its like, and the
 * auxiliaries a yes-no question opens with; the Arabic ones folded by normaliseArabic).
 */
const ASKING_OPENING = new RegExp(
  `^(?:(?:(?:from|since|until|till)\\s+when|${QUESTION_WORDS_EN}|what's|who's|is|are|was|were|did|does|do|will|would|can|could|has|have|had)\\b|(?:${QUESTION_WORDS_AR}|من|هل|باي|في اي|من وين|من متي)(?=\\s|$))`,
  'iu',
);

/** Where a lead-in ends: a colon, a comma (either script's), a full stop or an ellipsis, then a space. */
const CLAUSE_END = /[:،,.…]+\s+/gu;

/**
 * A question told after a lead-in naming its story ("the cable car story from november 16: how many groups …", "quick one on
 * yesterday's jleeb market item: who told …", `بخصوص سوق المستعمل في الشويخ في أخبار يوم 15/11، منو قال …`), without the
 * lead-in: the asker names the story there and restates its topic in the question, so the lead-in's other words ("story",
 * "item", `بخصوص`, `أخبار`) are the frame of the asking, not facts a passage must tell. Dropped only when the lead-in asks
 * nothing itself (no question word opens it), the words after it open with a question word, and they repeat one of the
 * lead-in's words (its topic): a lead-in whose topic the question does not restate ("cable car: how much will it cost?") is
 * kept whole. Read on the question without its dates (see parseQuestionDates' `rest`). Pure.
 */
export function withoutLeadFrame(question: string): string {
  for (const end of question.matchAll(CLAUSE_END)) {
    const lead = question.slice(0, end.index);
    const asked = question.slice((end.index ?? 0) + end[0].length);
    if (ASKING_OPENING.test(normaliseArabic(lead.trim()))) return question;
    if (!ASKING_OPENING.test(normaliseArabic(asked.trim()))) continue;
    const askedTokens = new Set(analyseText(asked));
    return analyseText(lead).some((token) => token.length >= 3 && askedTokens.has(token)) ? asked : question;
  }
  return question;
}
