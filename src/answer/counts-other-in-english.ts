import type { Lang } from '../dispatch/dispatch-types.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { countsListedOnly } from './counted-nouns.js';
import { countsAskedThing } from './counts-asked-thing.js';
import type { CountedThing } from './near-miss-checks.js';

/**
 * Asked an Arabic `كم` (judged on the Arabic copy's words, see countedThingAsked), whether a passage of
 * the English version counts another thing than the one asked: it does not count the thing asked (nor
 * its money, for a bare `كم` and the thing), and every thing it counts is a word the lists know in
 * Arabic (see countsListedOnly: "11 clinics", "1,300 patients" asked how many inspectors). A count by a
 * word no list knows in Arabic ("112 judokas" asked how many players) may be the thing asked by a
 * narrower name, as before. Pure.
 */
export function countsOtherInEnglish(counted: CountedThing | undefined, hit: { lang: Lang; text: string }, names?: NameVocabulary): boolean {
  return (
    counted?.onlyIn === 'ar' &&
    hit.lang === 'en' &&
    !countsAskedThing(hit.text, counted.concept, counted.others, counted.moneyCounts, counted.shareCounts) &&
    countsListedOnly(hit.text, 'ar', names)
  );
}
