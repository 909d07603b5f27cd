import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * The verbs of a result won, as the wire reports one that is out: "won", "beat", "crowned", "took gold", "came second",
 * "runner-up"; `فاز`، `تغلب`، `هزم`، `توج`، `حصد`، `أحرز`، `نال`، `حل ثانيا`، `احتل المركز الثاني` (a place, within four words: not `حل` alone, a solution, nor `جاء`, which opens the wire's every `جاء ذلك`). A closed class (the words a contest's
 * result is told with), past forms only: a preview's "the winner will represent Kuwait" (`الفائز بالمركز الأول
 * سيمثل`), "will compete for the title" or "the final will be played on Friday" tells no one who won. The present
 * "win(s)" stands in headlines ("Kuwait win bronze"; not "to win", "will win"), and the noun of a win that was (`بعد فوزه`, "victory") too,
 * and the winner named with a past "be" ("the winner was Omar", "Omar was the overall winner", `الفائز كان`، `وكان الفائز`), not
 * with a future one ("the winner will receive").
 */
const WON_EN =
  /(?<!\b(?:to|will|would|could|can|may|might|not)\s)\bwin\b|\b(?:won|wins|beat|beats|beaten|defeated|defeats|crowned|clinched|claimed|retained|triumphed|topped|victory|victorious|runners?-up|winners?\s+(?:was|were)|(?:was|were)\s+(?:(?:named|declared|the|this\s+year's|overall)\s+){0,3}winners?|took\s+(?:the\s+)?(?:gold|silver|bronze|title|crown|cup|trophy|first|second|third|top)|(?:came|finished|placed|ranked)\s+(?:in\s+)?(?:first|second|third|fourth|top|last|runner|ahead))\b/iu;

/** The same in Arabic (normalised: أ → ا, ة → ه, ى → ي), a conjunction or a preposition allowed before it. */
const WON_AR =
  /(?:^|[\s(«"])(?:[وف]?(?:فاز|فازت|فازا|فازوا|يفوز|تفوز|تغلب|تغلبت|تغلبوا|هزم|هزمت|توج|توجت|توجوا|يتوج|تتوج|حصد|حصدت|حصدوا|احرز|احرزت|احرزوا|يحرز|تحرز|نال|نالت|انتزع|انتزعت|ظفر|ظفرت|(?:حل|حلت|حلوا|جاء|جاءت|احتل|احتلت)(?:\s+\S+){0,4}?\s+(?:اولا|ثانيا|ثالثا|رابعا|خامسا|المركز|في\s+المركز|بالمركز)|تصدر|تصدرت|خسر|خسرت|الفائز\s+كان|الفائزه\s+كانت|الفائزون\s+كانوا|الفائزين\s+كانوا|كان\s+الفائز|كانت\s+الفائزه)|[وفب]?(?:بعد\s+)?(?:فوز|فوزه|فوزها|فوزهم|بفوزه|بفوزها|تتويج|تتويجه|خسارته|خسارتها))(?=[\s.,،؛:؟?)»"]|$)/u;

/** Asked who won ("who won", "which team won", "who came second", "who did Al-Kandari beat", "the winner was who?", "who the winner was"). */
const ASKED_EN =
  /\b(?:who\s+|which\s+(?:[\w'-]+\s+){0,3}?)(?:won|wins|win|beat|beats|defeated|triumphed|(?:came|finished|placed)\s+(?:first|second|third|top|last|runner))\b|\bwho\s+did\s+(?:[\w'-]+\s+){1,4}?(?:beat|defeat)\b|\bwho\s+(?:was|were|is|are)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:winners?|champions?|runners?-up)\b|\b(?:winners?|champions?)\s+(?:(?:of|in|at)\s+(?:[\w'-]+\s+){1,4}?)?(?:was|were|is|are)\s+who\b|\bwho\s+the\s+(?:[\w'-]+\s+){0,3}?(?:winners?|champions?)\s+(?:was|were|is|are)\b/iu;

/**
 * The same in Arabic (normalised): `منو فاز`، `مين فاز`، `من فاز`، `أي فريق فاز`، `منو الفائز`، `منو حل ثاني`, and the asking word
 * after the winner or the win (`الفائز كان منو؟`، `الجائزة فاز بها منو؟`: not `من`, also "from").
 */
const ASKED_AR =
  /(?:^|\s)(?:منو|مين|من|اي\s+\S+(?:\s+\S+)?)\s+(?:(?:اللي|الذي|التي)\s+)?(?:فاز|فازت|فازوا|يفوز|تفوز|توج|توجت|حصد|حصدت|احرز|احرزت|نال|نالت|تغلب|تغلبت|حل|حلت|جا|جاء|الفائز|الفائزه|الفايز|الفايزه|بطل|بطله)(?=[\s؟?]|$)|(?:^|\s)(?:ال(?:فائز|فائزه|فايز|فايزه)(?:\s+\S+){0,3}?|(?:فاز|فازت|فازوا|توج|توجت|حصد|حصدت|احرز|احرزت|نال|نالت)(?:\s+\S+){0,3}?)\s+(?:منو|مين|منهو)(?=[\s؟?]|$)/u;

/** Whether a question asks who won a contest, or who came in a given place (see ASKED_EN, ASKED_AR). Pure. */
export function asksWinner(question: string): boolean {
  return ASKED_EN.test(question) || ASKED_AR.test(normaliseArabic(question));
}

/** Whether a text tells a result won or lost (see WON_EN, WON_AR): someone beat, took a place, was crowned. Pure. */
export function tellsWinning(text: string): boolean {
  return WON_EN.test(text) || WON_AR.test(normaliseArabic(text));
}

/**
 * Whether a story misses the winner a question asks: asked who won the goalball final, a dispatch (with its story's
 * other version) that only announces the event, its schedule, its entrants or its prize, and tells no result at all,
 * does not know who won (the result is not out when it was filed). `texts` are the dispatch's headline and paragraphs
 * and the other version's. Pure.
 */
export function missesWinnerAsked(texts: readonly string[]): boolean {
  return !texts.some(tellsWinning);
}
