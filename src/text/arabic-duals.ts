/** Units of time whose dual is a length of time (`اسبوعين`, two weeks; `ساعتين`), folded, a feminine stem with its `ت`. */
export const ARABIC_TIME_DUAL_STEMS: readonly string[] = ['دقيقت', 'ساعت', 'يوم', 'ليلت', 'اسبوع', 'شهر', 'سنت', 'عام'];

/**
 * Nouns whose Arabic dual is the wire's way of writing two of them, as folded text writes them (normaliseArabic;
 * a feminine stem with its `ت`): units of time, times, scale words and currencies, and people and places whose
 * plural is broken (`أيام`, `وزراء`, `أطفال`), so that `-ين` after them is a dual and never a plural.
 */
const DUAL_EITHER_CASE = [
  ...ARABIC_TIME_DUAL_STEMS, 'مرت', 'مليون', 'مليار', 'دينار', 'دولار',
  'شخص', 'طفل', 'رجل', 'امرات', 'وزير', 'رئيس', 'سفير', 'عضو', 'نائب', 'دولت', 'مدينت',
].join('|');

/** People whose plural is sound (`لاعبين`, `موظفين`): only the nominative dual (`لاعبان`) is surely two. */
const DUAL_NOMINATIVE = ['لاعب', 'مدرب', 'مدير', 'موظف', 'مواطن', 'مسؤول'].join('|');

/** A conjunction, a preposition or the article a dual may carry (`وال`, `ب`, `لل`), folded. */
const DUAL_PREFIX = '[وفبل]?(?:ال|ل)?';

/** The dual itself, its stem captured (first a stem of either case, then one whose nominative alone is two; a feminine stem with its `ت`) and its ending. */
const DUAL = `(?:(${DUAL_EITHER_CASE})(?:ين|ان)|(${DUAL_NOMINATIVE})ان)`;

/**
 * A dual that counts two (`يومين`, `ساعتين`, `مرتين`, `مليونان`, `وزيران`, `اليومين`), a conjunction, a
 * preposition or the article allowed before it: a figure of two the wire writes in no digit and no number
 * word ("two ministers" is `وزيران`). Matched on folded text (normaliseArabic).
 */
export const ARABIC_DUAL = new RegExp(`(?:^|[^\\p{L}])${DUAL_PREFIX}${DUAL}(?![\\p{L}])`, 'u');

/**
 * One folded word that is such a dual, whole (see ARABIC_DUAL), its conjunction, preposition or article apart: `بدينارين`
 * gives `ب` and `دينار`, `المرتين` gives `ال` and `مرت`. A feminine stem keeps its `ت`.
 */
export const ARABIC_DUAL_WORD = new RegExp(`^(${DUAL_PREFIX})${DUAL}$`, 'u');
