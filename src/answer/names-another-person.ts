import { analyseText } from '../text/analyse-text.js';
import { findEntities } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { findFamilyNames } from './find-family-names.js';

/**
 * Whether a passage reports someone else's deed or word: it does not itself name the person the
 * question asks about (`asked`, analysed, the question's person concepts' tokens), but names another
 * person, one the gazetteer lists or an English family name ("Hamad Al-Mutairi"). The story's
 * headline may name the asked person ("Novotny beats Al-Qattan"), yet a later paragraph with a name
 * of its own ("the federation's Al-Mutairi said it would host two more events") tells what that
 * other one does: asked where Al-Qattan plays next, it is a near miss. Pure.
 */
export function namesAnotherPerson(text: string, asked: ReadonlySet<string>): boolean {
  const { byId } = loadGazetteer();
  const own = new Set(analyseText(text));
  if ([...asked].some((token) => own.has(token))) return false;
  const listed = findEntities(text).filter((id) => {
    const entry = byId.get(id);
    return entry?.kind === 'person' && ![...entry.ar, ...entry.en].some((form) => analyseText(form).some((token) => asked.has(token)));
  });
  const family = findFamilyNames(text);
  return listed.length > 0 || family.some((token) => !asked.has(token));
}
