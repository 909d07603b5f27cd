/**
 * Month and weekday names as regular-expression alternatives, in the folded form the answer code
 * matches (lower case; Arabic through normaliseArabic: ابريل، الجمعه). English months by their first
 * three letters, so a pattern decides whether the rest of the word may follow.
 */
export const EN_MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
export const AR_MONTHS = 'يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر';
export const EN_WEEKDAYS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';
export const AR_WEEKDAYS = 'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت';

/** A year standing alone ("operational by 2029", `عام 2025`), not part of a larger figure or of a date written in figures. */
export const STANDALONE_YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)/;
