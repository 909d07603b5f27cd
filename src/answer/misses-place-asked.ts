import { normaliseArabic } from '../text/analyse-arabic.js';

/** The places after the first, in English and in Arabic (normalised: ة → ه), as a contest's ranking names them. */
const PLACES_EN = String.raw`(?:second|third|fourth|fifth|2nd|3rd|4th|5th)`;
const PLACES_AR = '(?:ال)?(?:ثاني|ثانيه|ثانيا|ثالث|ثالثه|ثالثا|رابع|رابعه|رابعا|خامس|خامسه|خامسا)';

/**
 * A place after the first asked of a contest: "who came second", "who finished third", "who was the runner-up", "second
 * place"; `منو جا الثاني`, `مين حل ثالث`, `المركز الثاني`, `الوصيف`. A closed class: the verbs a ranking is told with, and
 * an ordinal right after them or before "place". Not an ordinal alone ("the second round", `الجولة الثانية`: which one).
 */
const ASKED_EN = new RegExp(String.raw`\b(?:came|come|finished|finish|placed|ranked|took)\s+(?:in\s+)?${PLACES_EN}\b|\b${PLACES_EN}\s+place\b|\brunners?[\s-]up\b`, 'iu');
const ASKED_AR = new RegExp(`(?:^|\\s)(?:(?:جا|جاء|جات|جت|حل|حلت|طلع|طلعت)\\s+(?:في\\s+|ب)?(?:المركز\\s+)?${PLACES_AR}|(?:[وب]?المركز|[وب]?المرتبه)\\s+${PLACES_AR}|ال?وصيف|ال?وصيفه)(?=[\\s؟?.,،]|$)`, 'u');

/**
 * A place told of anyone in a ranking: an ordinal after a verb of ranking or before "place" ("came second", "third place",
 * "second-placed"), a runner-up, a silver or a bronze (a medal is a place), a rival "ahead of" or "followed by" another; in
 * Arabic (normalised) an ordinal place (`حل ثانيا`, `المركز الثاني`, `المرتبه الثالثه`), a runner-up (`الوصيف`, `وصافه`), a silver
 * or a bronze (`الفضيه`, `البرونزيه`), one following (`تلاه`, `يليه`).
 */
const TOLD_EN = new RegExp(String.raw`\b(?:came|finished|placed|ranked|took|was|were|is|are)\s+(?:in\s+)?(?:the\s+)?${PLACES_EN}\b|\b${PLACES_EN}[\s-]+(?:place|placed)\b|\brunners?[\s-]up\b|\bsilver\b|\bbronze\b|\bahead\s+of\b|\bfollowed\s+by\b`, 'iu');
const TOLD_AR = new RegExp(`(?:^|\\s)(?:ثانيا|ثالثا|رابعا|خامسا)(?=[\\s.,،؛]|$)|(?:المركز|بالمركز|مركز|المرتبه|بالمرتبه|مرتبه)\\s+${PLACES_AR}|وصيف|وصافه|الفضيه|فضيه|البرونزيه|برونزيه|تلاه|تلته|يليه|تليه`, 'u');

/** Whether a question asks who came in a place after the first (see ASKED_EN, ASKED_AR). Pure. */
export function asksLaterPlace(question: string): boolean {
  return ASKED_EN.test(question) || ASKED_AR.test(normaliseArabic(question));
}

/** Whether a text tells anyone's place after the first in a ranking (see TOLD_EN, TOLD_AR). Pure. */
export function tellsLaterPlace(text: string): boolean {
  return TOLD_EN.test(text) || TOLD_AR.test(normaliseArabic(text));
}

/**
 * Whether a story misses the place a question asks: asked who came second, a dispatch (with its story's other version)
 * that tells only who won, and no one's place after the first, does not say who came second. `texts` are the dispatch's
 * headline and paragraphs and the other version's. Pure.
 */
export function missesPlaceAsked(texts: readonly string[]): boolean {
  return !texts.some(tellsLaterPlace);
}
