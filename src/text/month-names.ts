/** One month's names in every form the wire or an asker writes it. */
export interface MonthNames {
  /** The English name, lower case: "january". */
  english: string;
  /** Its English abbreviations, lower case: the first three letters, and `sept`. */
  englishShort: readonly string[];
  /** The Gregorian names of Egypt and the Gulf, in each spelling: with the hamza or without, Egypt's `يونيه`, `يوليه`. */
  arabic: readonly string[];
  /**
   * The Levantine names, in each spelling. `آب` only with its madda: unseated it is `اب`, "father" (and
   * `باب`, `لاب` glued), so a reader folding the madda away reads it as the month only after `شهر`.
   */
  levantine: readonly string[];
}

/** The months, January first: the one table every reader of month names takes its forms from, each normalised as it matches. */
export const MONTH_NAMES: readonly MonthNames[] = [
  { english: 'january', englishShort: ['jan'], arabic: ['يناير'], levantine: ['كانون الثاني'] },
  { english: 'february', englishShort: ['feb'], arabic: ['فبراير'], levantine: ['شباط'] },
  { english: 'march', englishShort: ['mar'], arabic: ['مارس'], levantine: ['آذار', 'اذار'] },
  { english: 'april', englishShort: ['apr'], arabic: ['أبريل', 'ابريل', 'إبريل'], levantine: ['نيسان'] },
  { english: 'may', englishShort: ['may'], arabic: ['مايو'], levantine: ['أيار', 'ايار'] },
  { english: 'june', englishShort: ['jun'], arabic: ['يونيو', 'يونيه'], levantine: ['حزيران'] },
  { english: 'july', englishShort: ['jul'], arabic: ['يوليو', 'يوليه'], levantine: ['تموز'] },
  { english: 'august', englishShort: ['aug'], arabic: ['أغسطس', 'اغسطس'], levantine: ['آب'] },
  { english: 'september', englishShort: ['sep', 'sept'], arabic: ['سبتمبر'], levantine: ['أيلول', 'ايلول'] },
  { english: 'october', englishShort: ['oct'], arabic: ['أكتوبر', 'اكتوبر'], levantine: ['تشرين الأول', 'تشرين الاول'] },
  { english: 'november', englishShort: ['nov'], arabic: ['نوفمبر'], levantine: ['تشرين الثاني'] },
  { english: 'december', englishShort: ['dec'], arabic: ['ديسمبر'], levantine: ['كانون الأول', 'كانون الاول'] },
];

/** A month's Arabic names as written, Egypt's and the Gulf's then the Levant's. */
export const arabicMonthNames = (month: MonthNames): readonly string[] => [...month.arabic, ...month.levantine];

/** Regular-expression alternatives of `names`, the longest first (`تشرين الثاني` before a shorter name it starts with). */
export const longestFirst = (names: Iterable<string>): string => [...new Set(names)].sort((a, b) => b.length - a.length).join('|');
