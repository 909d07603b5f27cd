/**
 * The words an asker points at a piece of news by, read by both the frame reader (see withoutReportFrame) and the report
 * day's finder (see reportDayMatch), so a word added for one is read by the other. A list written for this project.
 */

/** The English nouns of a report ("the kuna piece", "on the wire for 9 december"), singular. */
export const ENGLISH_REPORT_NOUNS: readonly string[] = ['report', 'news', 'story', 'item', 'article', 'dispatch', 'bulletin', 'wire', 'piece', 'coverage', 'copy', 'cable'];

/** The Arabic verbs of putting news out (`نشرته كونا`, `نزلت`, `طلع`): none holds a letter normaliseArabic folds. */
export const ARABIC_PUT_OUT_VERBS: readonly string[] = ['نشر', 'نشرت', 'نشرته', 'نشرتها', 'كتبت', 'طلع', 'طلعت', 'نزل', 'نزلت'];
