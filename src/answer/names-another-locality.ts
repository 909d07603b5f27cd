import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import type { Concept, Concepts } from './weigh-concepts.js';

/**
 * Whether a passage tells of another locality than the one asked: the question places what it asks
 * at a word no list knows as a place (`في الري`, "at Qaruh", `في محافظة العاصمة`: see locatedWords),
 * the passage does not name it (`named`, with its story: see matcher) and names in its own words a
 * town or governorate the question does not (Shuwaikh, `محافظتي حولي والفروانية`). The wire ties a
 * local figure to its place: the count it gives is that place's, a near miss for the place asked.
 * A word the passage's language cannot write (`writable`) is left to the passage's other version; one no
 * dispatch holds names a place the wire never names, in either language.
 */
export function namesAnotherLocality(text: string, concepts: Concepts, named: (c: Concept) => boolean, writable: (c: Concept) => boolean): boolean {
  if (!concepts.list.some((c) => c.located && !named(c) && (c.documents === 0 || writable(c)))) return false;
  const { byId } = loadGazetteer();
  const asked = new Set(concepts.list.flatMap((c) => c.placeIds ?? []));
  return findEntitiesInTokens(analyseText(text), { adjectives: false }).some((id) => !asked.has(id) && byId.get(id)?.kind === 'city');
}
