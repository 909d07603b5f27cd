import { normaliseArabic } from '../text/analyse-arabic.js';
import { HOW_MANY_AR, WHAT_AR, WHO_AR } from '../text/arabic-asking-words.js';
import { requestAsAsking } from '../text/request-as-asking.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';

/** Whether a question opens in Latin letters: it is read as English. */
const opensInLatin = (question: string): boolean => /[a-z]/i.test(question.slice(0, 3));

/** An English question opened by an auxiliary ("are the beaches closed", "can expats join", "any crashes"): it asks whether, not what. "Any news" asks the latest. */
const ENGLISH_WHETHER = /^(?:is|are|was|were|did|do|does|will|would|can|could|has|have|had|should|must|any(?!\s+(?:news|updates?|word)\b))\b/i;

/**
 * The Arabic words that ask for a fact, standard and Gulf (folded): what, how many, who, when, where, why,
 * how, which, and a `ش` glued to a verb (`شيسوون`, `شسوي`: "what do they do"). A question with none of them,
 * or opened by `هل`, asks whether (`بيمددون موسم التخييم ولا لا؟`).
 */
const ARABIC_ASKING = new RegExp(
  `(?:^|\\s)[وبل]?(?:${WHAT_AR}|${HOW_MANY_AR}|${WHO_AR}|لمن|امام من|اخر خبر|متي|امتي|ايمتي|وين|اين|فين|ليش|ليه|لماذا|لم|كيف|شلون|اي|ايش|شسم|ش[يتنسصق]\\p{L}{2,})${ARABIC_WORD_END}`,
  'u',
);

/**
 * Whether a question asks whether a thing holds (a yes-or-no question: "will ministries work on Saturday?",
 * `هل بيوزع الهلال الأحمر كسوة؟`, `في دوا جديد؟`) rather than for a fact of a kind. Its answer is a report that
 * tells the thing asked, whichever way: a story that never names it neither confirms nor denies it. Pure.
 */
export function asksWhether(question: string): boolean {
  const trimmed = question.trim();
  if (opensInLatin(trimmed)) return ENGLISH_WHETHER.test(trimmed);
  // A request asks as the asking word it stands for: "give me the number of …" asks what, "tell me if …" whether (see requestAsAsking).
  const folded = requestAsAsking(normaliseArabic(trimmed));
  return /^هل(?:\s|$)/u.test(folded) || !ARABIC_ASKING.test(folded);
}

/** "Will", "going to": a thing to come asked in English. */
const ENGLISH_FUTURE = /^(?:will|would)\b|\bgoing to\b/i;

/**
 * A verb of what is to come in Arabic: the Gulf's future `ب` (`بيمددون`, `بتحط`) or the standard `س` (`سيقام`) on an
 * imperfect verb (folded); not a noun that begins so (`بيان`, `بيئة`, `بين`, `سيارة`, `سيدات`, `سنوات`, `ستاد`, `بنوك`).
 */
const ARABIC_FUTURE = /(?:^|\s)(?!بين|بيان|بيئ|بيض|بنو|بنا|سيار|سيد|سين|سنو|ستا|سني)(?:ب[يتن]|س[يتن])[\u0621-\u064A]{2,}(?=[\s.,،؛:؟?)]|$)/u;

/**
 * Whether a question asks whether a thing will happen ("will the week move to other governorates?",
 * `بيمددون موسم التخييم؟`, `هل سيقام المعرض في محافظات أخرى؟`): a yes-or-no question (see asksWhether) of
 * what is to come. The wire reports what was decided or announced; a story that never names the thing asked
 * has not said whether it will be. Pure.
 */
export function asksWhetherItWill(question: string): boolean {
  if (!asksWhether(question)) return false;
  const trimmed = question.trim();
  return opensInLatin(trimmed) ? ENGLISH_FUTURE.test(trimmed) : ARABIC_FUTURE.test(normaliseArabic(trimmed));
}

/** "Is there", "are there", "was there", "were there": a thing's being there asked in English. */
const ENGLISH_THERE_IS = /^(?:is|are|was|were)\s+there\b/i;

/**
 * Being there asked in Arabic (folded): `في`, `فيه`, `هناك`, `يوجد`, `توجد`, `اكو` opening the question, after `هل` or not
 * (`فيه بطولة بين المدارس؟`, `هل يوجد موقف للسيارات؟`). Read only of a question that asks whether (see asksWhether), so
 * `في` opening one with an asking word (`في أي يوم`) is a preposition.
 */
const ARABIC_THERE_IS = /^(?:هل\s+)?(?:في|فيه|هناك|يوجد|توجد|اكو)\s/u;

/**
 * Whether a question asks whether a thing is there ("is there parking at the tent?", `فيه ليزر بالمستشفى؟`, `هل يوجد
 * نقل للطلاب؟`): a yes-or-no question (see asksWhether) of a thing's being, which a story that never names the thing
 * does not tell. Pure.
 */
export function asksWhetherThereIs(question: string): boolean {
  if (!asksWhether(question)) return false;
  const trimmed = question.trim();
  return opensInLatin(trimmed) ? ENGLISH_THERE_IS.test(trimmed) : ARABIC_THERE_IS.test(requestAsAsking(normaliseArabic(trimmed)));
}
