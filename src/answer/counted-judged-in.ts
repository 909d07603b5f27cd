import type { Lang } from '../dispatch/dispatch-types.js';
import { analyseText } from '../text/analyse-text.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { conceptStarts } from './concept-starts.js';
import { countsListedOnly, countsUnlisted } from './counted-nouns.js';
import { countsAskedThing } from './counts-asked-thing.js';
import type { CountedThing } from './near-miss-checks.js';
import { writesAnyIn } from './weigh-concepts.js';

/**
 * Whether the counted-thing veto (a passage whose figures count something else) can judge a passage: the
 * thing asked has a form, listed or translated, in the passage's language, so a count of it there would be
 * found; or an Arabic `كم`, which is judged on the Arabic copy's words anyway. An English "how many clubs"
 * of Arabic copy, with no Arabic form of "clubs" known, cannot tell `تسعة أندية` from a count of another
 * thing: its figures rule the passage out only when every word after them has a listed form in the asker's
 * language (see countsListedOnly: `500 طن` is "tonnes", not the clubs asked), or when it counts by a word no
 * list translates (`35 نحالا`) while the story's version in the asker's language filed that day (`parallel`, its translation) names the thing
 * yet counts none of it: that version would count the thing by its name, so the Arabic word counts another. Pure.
 */
export function countedJudgedIn(counted: CountedThing | undefined, hit: { lang: Lang; text: string }, askerLang: Lang, parallel = '', names?: NameVocabulary): boolean {
  if (counted === undefined || counted.onlyIn !== undefined || writesAnyIn(counted.concept.group, hit.lang)) return true;
  if (countsListedOnly(hit.text, askerLang, names)) return true;
  return countsUnlisted(hit.text, askerLang, names) && conceptStarts(analyseText(parallel), counted.concept).length > 0 && !countsAskedThing(parallel, counted.concept, counted.others, false, counted.shareCounts);
}
