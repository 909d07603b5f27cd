import type { PassageHit } from '../store/dispatch-store.js';
import { type Concepts, conceptsNamed, type Setting } from './judge-relevance.js';

/**
 * The concepts a passage is judged on: `lent`, where an English word the question requires that no dispatch holds was widened
 * by the general dictionary's Arabic translations (see Concept.lentOnly), when the passage (with its story and the paragraph
 * before, see conceptsNamed) names one of them; else `unlent`, the same question weighed without that widening, the word
 * missing as no dispatch holds it. The translation is the one sign a story tells the thing asked: a passage naming none of it
 * ("how deep will the seawall's foundations go", `مؤسس` in another story) is the near miss it was, while "lessons" asked of
 * `الدروس ستنقل عبر الإنترنت` is judged on the word. Pure.
 */
export function conceptsJudging(hit: PassageHit, setting: Setting, lent: Concepts, unlent: Concepts): Concepts {
  if (lent === unlent) return lent;
  return conceptsNamed(hit, setting, lent).some((c) => c.lentOnly) ? lent : unlent;
}
