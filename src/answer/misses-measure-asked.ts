import { normaliseArabic } from '../text/analyse-arabic.js';

/** A measure a question asks: a length (a height, a depth, a distance) or a weight. */
type Measure = 'length' | 'weight';

/**
 * A length or a weight asked, in both languages (Arabic normalised): "how tall", "how deep", "the height /
 * depth / length / distance / altitude of", `كم طول`, `شكثر عمق`, `كم مسافه`; "how heavy", "weight",
 * `كم وزن`. Not `كم طولت` (how long it took: a length of time), nor a length asked in a unit of time (see TIME_ASKED), nor
 * `ارتفاع`, which is a rise as often as a height.
 */
const LENGTH_ASKED = /\bhow\s+(?:tall|deep)\b|\b(?:height|depth|length|distance|altitude)\b|(?:^|\s)(?:كم|شكثر|ما|شو|ايش)\s+(?:(?:كان|كانت|هو|هي|بيكون|بتكون)\s+)?(?:ال)?(?:طول|عمق|مسافه)(?=[\s.,،؟?]|$)/iu;
const WEIGHT_ASKED = /\bhow\s+heavy\b|\bweigh(?:t|s)?\b|(?:^|\s)(?:كم|شكثر|ما|شو|ايش)\s+(?:(?:كان|كانت|هو|هي)\s+)?(?:ال)?وزن(?=[\s.,،؟?]|$)/iu;

/**
 * A length asked in a unit of time ("the length of the course in weeks", "length of stay", `طول الدورة بالأسابيع`): a
 * duration, not a measure of length.
 */
const TIME_ASKED = /\b(?:in|of)\s+(?:(?:calendar|school|working|whole)\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|time|stay)\b|(?:^|\s)(?:بال)(?:ثواني|دقايق|دقائق|ساعات|ايام|ليالي|اسابيع|اشهر|شهور|سنوات|سنين)(?=[\s.,،؟?]|$)/iu;

/** Units of each measure as the wire writes them, in both languages (folded): "12-metre", "9 km", `16 مترا`, `سبعه اقدام`; "3 kilograms", `طن`. */
const UNITS: Record<Measure, RegExp> = {
  length: /\b(?:metres?|meters?|kilomet(?:re|er)s?|km|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|feet|foot|ft|miles?|inch(?:es)?)\b|(?:^|[\s\d])[وب]?(?:متر|امتار|مترا|كيلومتر|كيلومترا|كيلومترات|سنتيمتر|سنتيمترا|سم|ملم|مليمتر|ملليمتر|قدم|اقدام|ميل|اميال)(?=[\s.,،؛:)]|$)/iu,
  weight: /\b(?:kilo(?:gram)?s?|kg|grams?|tonnes?|tons?)\b|(?:^|[\s\d])[وب]?(?:كيلوغرام|كيلوغراما|كيلوغرامات|كيلو|كغ|كلغ|غرام|غراما|طن|طنا|اطنان)(?=[\s.,،؛:)]|$)/iu,
};

/** The measure a question asks (see LENGTH_ASKED, WEIGHT_ASKED), if any. Pure. */
export function measureAsked(question: string): Measure | undefined {
  const folded = normaliseArabic(question);
  return LENGTH_ASKED.test(folded) && !TIME_ASKED.test(folded) ? 'length' : WEIGHT_ASKED.test(folded) ? 'weight' : undefined;
}

/**
 * Whether a passage misses the measure a question asks: asked how deep the reefs are or how heavy the
 * satellite is, a passage with no unit of that measure (no metres, no kilograms) tells another fact of
 * them (their species, their launch), whatever figure it gives. Pure.
 */
export function missesMeasureAsked(measure: Measure, passage: string): boolean {
  return !UNITS[measure].test(normaliseArabic(passage));
}
