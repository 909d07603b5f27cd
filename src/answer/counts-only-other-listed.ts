import type { Lang } from '../dispatch/dispatch-types.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { countsListedOnly } from './counted-nouns.js';
import { countsAskedThing } from './counts-asked-thing.js';
import type { CountedThing } from './near-miss-checks.js';
import { listedForms, writesAnyIn } from './weigh-concepts.js';

/**
 * Asked how many of a thing the lists give no form for in a passage's language (the other language
 * than the asker's: "applicants", no Arabic form, asked of Arabic copy), whether the passage's figures
 * count only other things: it does not count the thing asked, and every word right after its figures
 * has a listed form in the asker's language (see countsListedOnly: `1150 طالبا` is "students"). Then the
 * figure the other version alone tells is not the count asked, however well its story names the rest:
 * the count is not in the dispatches. A figure of a word no list knows (`14 فئة`) may be the thing asked
 * under its own name, as before. Pure.
 */
export function countsOnlyOtherListed(counted: CountedThing | undefined, hit: { lang: Lang; text: string }, askerLang: Lang, names?: NameVocabulary): boolean {
  return (
    counted !== undefined &&
    hit.lang !== askerLang &&
    !writesAnyIn(listedForms(counted.concept), hit.lang) &&
    !countsAskedThing(hit.text, counted.concept, counted.others, counted.moneyCounts, counted.shareCounts) &&
    countsListedOnly(hit.text, askerLang, names)
  );
}
