import { type EvalSet, loadEvalSet } from './load-eval-set.js';
import { loadFortnightSet, secondFortnightFixturesDir } from './load-fortnight-set.js';

/** The eval tools' set argument: `first`, `fortnight` (the default) or `fortnight2`. */
export function loadEvalSetByName(name = 'fortnight'): EvalSet {
  if (name === 'first') return loadEvalSet();
  return loadFortnightSet(name === 'fortnight2' ? secondFortnightFixturesDir : undefined);
}
