import type { PassageHit } from '../store/dispatch-store.js';
import { countsAskedThing } from './counts-asked-thing.js';
import { type Setting, tellsAnotherInstance } from './judge-relevance.js';
import { partiesNamed, partyAsked } from './misses-party-asked.js';
import type { AskedQuestion, CountedThing } from './near-miss-checks.js';

/**
 * Asked an Arabic `كم` (judged on the Arabic copy's words, see countedThingAsked), whether a passage of
 * the story's English version tells the count: it counts the thing asked (money too, for a bare `كم`
 * and the thing: `كم منحة`, how much is the grant) of the time, the place and the party asked. The
 * question's Arabic words reach the Arabic version, which may not give the figure; the English one
 * may tell it in words the question's never reach ("410,000 cars would fall under the rule"). Pure.
 */
export function englishVersionCounts({ question, concepts }: AskedQuestion, counted: CountedThing | undefined): (hit: PassageHit, setting: Setting) => boolean {
  if (counted?.onlyIn !== 'ar') return () => false;
  const party = partyAsked(question, concepts);
  return (hit, setting) =>
    hit.lang === 'en' &&
    countsAskedThing(hit.text, counted.concept, counted.others, counted.moneyCounts, counted.shareCounts) &&
    (party === undefined || partiesNamed(`${hit.text}\n${setting.story ?? ''}`).includes(party)) &&
    !tellsAnotherInstance(hit, setting, concepts);
}
