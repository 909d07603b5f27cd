import { normaliseArabic } from '../text/analyse-arabic.js';
import { ATTRIBUTION } from './attribution-verbs.js';

/**
 * The part of a question before the words it reports ("which official said | the winner heads to Singapore",
 * `أي مسؤولة قالت | إن الفايز بيروح سنغافورة`): what follows the first verb of speech is the statement asked about,
 * and a country or club named there is what was said, not whose speaker is asked. The whole question when it holds
 * no verb of speech. Normalised (see normaliseArabic). Pure.
 */
export function beforeReportedClause(question: string): string {
  const folded = normaliseArabic(question);
  const at = folded.search(ATTRIBUTION);
  return at < 0 ? folded : folded.slice(0, at).trimEnd();
}
