import { type EvalSet, loadEvalSet } from './load-eval-set.js';
import { fourthFortnightFixturesDir, loadFortnightSet, secondFortnightFixturesDir, thirdFortnightFixturesDir } from './load-fortnight-set.js';

const fortnightDirs: Record<string, string | undefined> = { fortnight: undefined, fortnight2: secondFortnightFixturesDir, fortnight3: thirdFortnightFixturesDir, fortnight4: fourthFortnightFixturesDir };

/** The eval tools' set argument: `first`, `fortnight` (the default), `fortnight2`, `fortnight3` or `fortnight4`. */
export function loadEvalSetByName(name = 'fortnight'): EvalSet {
  if (name === 'first') return loadEvalSet();
  if (!(name in fortnightDirs)) throw new Error(`unknown eval set ${name}: use first, fortnight, fortnight2, fortnight3 or fortnight4`);
  return loadFortnightSet(fortnightDirs[name]);
}
