import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * Nouns of place in Arabic copy (closed class, folded: ة → ه, ى → ي): area, city, governorate, hall,
 * complex, stadium, hospital, school, university, street, road, island, port, airport, building,
 * headquarters, square, park, beach, market, centre, hotel, museum, theatre, village, district, fair, tower, palace, camp.
 */
const PLACE_NOUNS = [
  'منطقه', 'مناطق', 'مدينه', 'محافظه', 'قاعه', 'مجمع', 'ملعب', 'استاد', 'صاله', 'مستشفي', 'مدرسه', 'جامعه', 'شارع', 'طريق',
  'جزيره', 'ميناء', 'مطار', 'مبني', 'مقر', 'ساحه', 'حديقه', 'شاطئ', 'سوق', 'مركز', 'فندق', 'متحف', 'مسرح', 'ضاحيه', 'قريه',
  'حي', 'معرض', 'واجهه', 'كورنيش', 'برج', 'قصر', 'مخيم', 'دوله', 'عاصمه', 'بلد', 'مرفا', 'مسجد', 'ارض',
];

/**
 * A noun ending in ة keeps its ت before an ending: its dual (`محافظتي الجهراء والأحمدي`, in the two governorates of …;
 * `منطقتين`) and its plural (`محافظات`).
 */
const withEndings = (noun: string) => (noun.endsWith('ه') ? `${noun}|${noun.slice(0, -1)}(?:تي|تا|تين|تان|ات)` : noun);

/**
 * An indefinite noun in the accusative takes the tanwin's alif (`ستفتح مركزا`, `أقامت مخيما`): the noun of place all the same.
 * Not after a long vowel, nor for a noun ending in ة, which takes its accusative as `ة` (see withoutAccusative).
 */
const withAccusative = (noun: string) => (noun.endsWith('ه') || /[اوي]$/u.test(noun) ? withEndings(noun) : `${noun}ا?`);

/** A noun of place as a word, with the article or a clitic allowed before it (في المنطقة، بمجمع), or the accusative alif after it. */
const PLACE = new RegExp(`(?:^|[^\\p{L}])[وبلفك]?(?:ال)?(?:${PLACE_NOUNS.map(withAccusative).join('|')})(?![\\p{L}])`, 'u');

/**
 * A journey's two ends, each a definite noun (`قطع 19 كيلومترا من السالمية إلى الفنطاس`): places the wire names with no noun of
 * place before them. Not a span of time or an order (`من الصباح إلى المساء`, `من الأول إلى الثالث`). Folded.
 */
const NOT_AN_END = '(?:ساعه|صباح|مساء|ظهر|عصر|فجر|ليل|يوم|اسبوع|شهر|عام|سنه|اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|خامس|اخير|اخيره|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)';
const ROUTE = new RegExp(`(?:^|\\s)من\\s+ال(?!${NOT_AN_END}(?!\\p{L}))\\p{L}{3,}\\s+(?:الي|حتي)\\s+ال(?!${NOT_AN_END}(?!\\p{L}))\\p{L}{3,}`, 'u');

/** Whether Arabic copy names a place by a noun of place (see PLACE_NOUNS); Arabic writes no capitals to mark a proper name. Pure. */
export function namesArabicPlace(text: string): boolean {
  const folded = normaliseArabic(text);
  return PLACE.test(folded) || ROUTE.test(folded);
}
