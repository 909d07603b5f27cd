import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';

/** English superlatives of size, number, age, length, speed and price: the closed class a ranking is asked and told with. */
const EN_SUPERLATIVES =
  'least|fewest|biggest|largest|smallest|highest|lowest|youngest|oldest|longest|shortest|tallest|heaviest|lightest|fastest|slowest|busiest|greatest|deepest|cheapest|costliest|farthest|furthest|nearest';

/**
 * Arabic elatives of the same class (normalised: أ → ا), as a bare stem: `اكبر`, `اصغر`, `اكثر`, `اقل`,
 * `اعلى`/`اعلي`, `ادنى`/`ادني`, `اقدم`, `اطول`, `اقصر`, `اسرع`, `ابطا`, `اثقل`, `اخف`, `اغلى`/`اغلي`,
 * `ارخص`, `اعمق`, `ابعد`, `اقرب`, their feminines `كبرى` and `صغرى` told apart below. Not the newest or the
 * earliest ("the newest result", `أحدث`): a time asked, which the latest-news reading answers.
 */
const AR_ELATIVES = 'اكبر|اصغر|اكثر|اقل|اعلى|اعلي|ادنى|ادني|اقدم|اطول|اقصر|اسرع|ابطا|اثقل|اخف|اغلى|اغلي|ارخص|اعمق|ابعد|اقرب';

/**
 * The nouns of a thing's measure (speed, height, depth, weight, temperature; Arabic normalised): a superlative before one
 * ("the highest speed they reached", `أعلى سرعة وصلتها`) asks the thing's greatest measure, a figure, not which of a kind ranks first.
 */
const MEASURES_EN = '(?:(?:wind\\s+)?speeds?|heights?|depths?|weights?|temperatures?|altitudes?)';
const MEASURES_AR = '(?:ال)?(?:سرعه|ارتفاع|عمق|وزن|حراره|درجه\\s+حراره)';

/**
 * A ranking asked: which one of a kind comes first ("which hospital had the most cases", "the oldest
 * artist", "what brand do students buy most", `أصغر طفل`, `أكبر الدول`, `الأكبر`). An Arabic elative
 * followed by `من` compares two ("أقل من قبل": less than before) and asks no ranking; "most" without
 * "the" before a noun ("where were most children found") and `أكثر` before a definite noun (`أكثر الأطفال`)
 * ask where the bulk is, which a part of the total told answers; a superlative before a measure's noun asks a figure (see
 * MEASURES_EN); "the most a
 * recruitment office can charge" asks a ceiling, which the story tells with its limit words (see RANK_TOLD).
 */
const RANK_ASKED = new RegExp(
  `\\b(?:(?:${EN_SUPERLATIVES})(?!\\s+${MEASURES_EN}\\b)|the\\s+most|most(?=\\s*[?.!]*\\s*$))\\b|(?:^|\\s)[وب]?(?:ال)?(?:${AR_ELATIVES})(?:ها|هم)?${ARABIC_WORD_END}(?!\\s+(?:من|${MEASURES_AR})${ARABIC_WORD_END})(?<!(?:^|\\s)[وب]?اكثر(?=\\s+ال))`,
  'iu',
);

/**
 * A story telling a ranking, a first one or a limit: a superlative or an elative not comparing two
 * (`أكثر من 500` is "more than 500"), "top", "led", "followed by", "ahead of", "first place", "ranked",
 * "the majority", "most of", `تصدر`, `صدارة`, `يليها`, `معظم`, `أغلب`, `غالبية`, `كبرى`, `صغرى`, and the words of a
 * ceiling or a floor ("no more than", "maximum", "at least", `الحد الأقصى`, `لا يتجاوز`, `لا يقل`). Arabic normalised.
 */
const RANK_TOLD = new RegExp(
  `\\b(?:${EN_SUPERLATIVES}|most|newest|earliest|top|tops|topped|topping|led|leads|leading|followed\\s+by|ahead\\s+of|first\\s+place|ranked|ranks|ranking|majority|bulk|maximum|minimum|no\\s+more\\s+than|no\\s+less\\s+than|at\\s+least|at\\s+most|not\\s+exceed\\w*|cap|capped|ceiling|record)\\b|(?:^|\\s)[وبل]?(?:ال)?(?:${AR_ELATIVES}|احدث)(?:ها|هم|ه)?${ARABIC_WORD_END}(?!\\s+من${ARABIC_WORD_END})|(?:^|\\s)[وف]?(?:ال)?(?:كبرى|كبري|صغرى|صغري|عظمى|عظمي)${ARABIC_WORD_END}|تصدر|يتصدر|صداره|متصدر|(?:^|\\s)[وف]?(?:يليه|يليها|تليه|تليها|تلاه|تلاها|يليهم|تليهم)${ARABIC_WORD_END}|(?:^|\\s)[وب]?(?:معظم|اغلب|غالبيه)|الحد\\s+(?:الاقصى|الاقصي|الادنى|الادني|الاعلى|الاعلي)|لا\\s+(?:يتجاوز|تتجاوز|يزيد|تزيد|يقل|تقل)|رقم\\s+قياسي|سقف`,
  'iu',
);

/** A superlative before a measure's noun (see MEASURES_EN), and an asking of which one: "which boat had the highest speed". */
const MEASURE_SUPERLATIVE = new RegExp(`\\b(?:${EN_SUPERLATIVES})\\s+${MEASURES_EN}\\b|(?:^|\\s)[وب]?(?:ال)?(?:${AR_ELATIVES})\\s+${MEASURES_AR}${ARABIC_WORD_END}`, 'iu');
const WHICH_ONE = /\b(?:which|who)\b|(?:^|\s)(?:اي|منو|مين)(?=\s)/iu;

/** Whether a question asks which one of a kind ranks first (see RANK_ASKED), by a measure too when it asks which one. Pure. */
export const asksRank = (question: string): boolean => {
  const folded = normaliseArabic(question);
  return RANK_ASKED.test(folded) || (MEASURE_SUPERLATIVE.test(folded) && WHICH_ONE.test(folded));
};

/**
 * Whether a story's texts (its headline and paragraphs and its other version) tell a ranking, a first
 * one or a limit (see RANK_TOLD): asked which hospital had the most cases, a story that ranks none of
 * them tells only the total. Pure.
 */
export const tellsRank = (texts: readonly string[]): boolean => RANK_TOLD.test(normaliseArabic(texts.join('\n')));
