import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';

/**
 * The verb "still be" of Arabic in its forms (normalised): `ما زال`, `مازال`, `لا يزال`, `لا تزال`,
 * `ما تزال`, `لا زال`, with their persons and numbers (`ما زالت`, `لا يزالون`, `ما زالوا`, `لا تزالان`).
 */
const AR_STILL = `(?:ما|لا)\\s*(?:زال|زالت|زالوا|زلن|يزال|تزال|يزالون|تزالون|يزلن|يزالان|تزالان)${ARABIC_WORD_END}`;

/**
 * Up to now, a count's span ending today, as the asker says it: "so far", "to date", "until now", "up to
 * now", "till now", "as of now", Gulf `لين الحين`, `لحد الحين`, `لحد الآن`, `لغاية الآن`, `لين اللحظة`.
 * Not the wire's own `حتى الآن`, `إلى الآن`: asked in them, the latest figure told plainly answers (`أزالت 80
 * في المئة`). Arabic normalised.
 */
const UP_TO_NOW = `\\b(?:so\\s+far|to\\s+date|(?:until|till|up\\s+to|as\\s+of)\\s+now)\\b|(?:^|\\s)(?:لحد|لغايه|لين)\\s+(?:الان|الحين|اللحظه)${ARABIC_WORD_END}`;

/** A current state asked: "still", "remain", `ما زال` (see AR_STILL), Gulf `لسه`, `لساته`, `للحين`, or a count up to now (see UP_TO_NOW). Arabic normalised. */
const STILL_ASKED = new RegExp(`\\b(?:still|remain|remains|remaining)\\b|(?:^|\\s)(?:${AR_STILL}|(?:لسه|لساته|لسا|للحين)${ARABIC_WORD_END})|${UP_TO_NOW}`, 'iu');

/**
 * A current state told: "still", "remain", "currently", "at present", "now", "so far", "to date", "as
 * of", "under treatment", `ما زال` (see AR_STILL), `يبقى`, `بقي`, `حاليا`, `الآن`, `حتى الآن`, `قيد العلاج`,
 * `يرقد`, `يتلقى العلاج`. Arabic normalised.
 */
const STILL_TOLD = new RegExp(
  `\\b(?:still|remain|remains|remained|remaining|currently|at\\s+present|now|so\\s+far|to\\s+date|as\\s+of|under\\s+treatment)\\b|(?:^|\\s)(?:${AR_STILL}|[وف]?(?:يبقى|يبقي|تبقى|تبقي|يبقون|يبقين|بقي|بقيت|بقوا|حاليا|الان|للحين|لسه|يرقد|ترقد|يرقدون)${ARABIC_WORD_END})|حتي\\s+الان|لحد\\s+الان|قيد\\s+العلاج|(?:يتلقى|تتلقى|يتلقون|يتلقي|تتلقي)\\s+العلاج`,
  'iu',
);

/**
 * A running total told: a count raised or brought to a total ("raising the total in its campaign to 735", "bringing the
 * number to"), "cumulative", "altogether", "in all", and the wire's `ليرتفع` / `ليصل` / `ليبلغ` (raising, bringing the count
 * to) and `إجمالي`. Asked a count up to now ("so far", `لين الحين`), the total a later report raises is that count; a total
 * of money ("prize money totalled") is no count raised. Arabic normalised.
 */
const RUNNING_TOTAL = new RegExp(
  `\\b(?:raising|raises|raised|bringing|brings|brought|taking|takes|took|pushing|pushed)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+)?(?:total|tally|count|number)\\b|\\b(?:cumulative|altogether|in\\s+all)\\b|(?:^|\\s)[وب]?(?:ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|اجمالي|الاجمالي)${ARABIC_WORD_END}`,
  'iu',
);

/**
 * A count over the span from a thing's start to the report: "since the start of the year", `منذ الخميس`, "in its first
 * week", "on the first day of the campaign", `في أسبوعه الأول`, `خلال الأيام الأولى`, a count done in a span ("2,100 had applied in
 * two days", "registered within a week"; not "will be opened in two weeks", "expected within two weeks"), and a count that "rose to" its figure
 * (`ارتفع عدد الحالات إلى 37`). Asked a count up to now ("so far", `لين الحين`), the latest such count is the count asked;
 * a capacity ("could treat 30 a day") or a count of one day past tells none of it. Arabic normalised.
 */
const SINCE_START = new RegExp(
  `\\bsince\\b|(?<!\\b(?:be|been|being|will|to)\\s+)\\b(?!(?:expected|scheduled|planned|slated)\\b)[a-z]+ed\\s+(?:in|within)\\s+(?:(?:the\\s+)?(?:first|past|last)\\s+)?(?:\\d+|a|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:days?|weeks?|months?)\\b|\\b(?:in|on|during|over)\\s+(?:its|their|the|his|her)\\s+first\\s+(?:[\\w-]+\\s+)?(?:days?|weeks?|months?|year)\\b|\\b(?:rose|risen|climbed)\\s+to\\b|(?:^|\\s)و?منذ${ARABIC_WORD_END}|(?:^|\\s)[وف]?(?:في|خلال)\\s+(?:ال)?(?:يوم|اسبوع|شهر|ايام|اسابيع|اشهر)(?:ه|ها|هم)?\\s+(?:\\S+\\s+)?(?:ال)?(?:اول|اولي)${ARABIC_WORD_END}|(?:^|\\s)و?(?:ارتفع|ارتفعت|يرتفع|ترتفع)\\s+(?:\\S+\\s+){0,4}?(?:الي|ل)(?=\\s|\\d)`,
  'iu',
);

/** A count up to now asked (see UP_TO_NOW), built once; no flag that keeps state. */
const UP_TO_NOW_ASKED = new RegExp(UP_TO_NOW, 'iu');

/** Whether a question asks a count up to now ("so far", "to date", `لين الحين`: see UP_TO_NOW). Pure. */
export const asksUpToNow = (question: string): boolean => UP_TO_NOW_ASKED.test(normaliseArabic(question));

/** Whether a question asks a current state ("how many are still in hospital", `كم طفلا ما زال في المستشفى`). Pure. */
export const asksStill = (question: string): boolean => STILL_ASKED.test(normaliseArabic(question));

/**
 * Whether a story's texts tell a current state (see STILL_TOLD): asked how many children are still in
 * hospital, a story telling how many were admitted, and nothing of now, tells another figure. `upToNow`: a count
 * up to now is asked (see asksUpToNow), which a running total tells too (see RUNNING_TOTAL). Pure.
 */
export function tellsStill(texts: readonly string[], upToNow = false): boolean {
  const folded = normaliseArabic(texts.join('\n'));
  return STILL_TOLD.test(folded) || (upToNow && (RUNNING_TOTAL.test(folded) || SINCE_START.test(folded)));
}
