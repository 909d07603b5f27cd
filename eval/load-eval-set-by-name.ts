import { type EvalSet, loadEvalSet } from './load-eval-set.js';
import { eighthFortnightFixturesDir, fifthFortnightFixturesDir, fourthFortnightFixturesDir, loadFortnightSet, ninthFortnightFixturesDir, secondFortnightFixturesDir, seventhFortnightFixturesDir, sixthFortnightFixturesDir, thirdFortnightFixturesDir } from './load-fortnight-set.js';

const fortnightDirs: Record<string, string | undefined> = { fortnight: undefined, fortnight2: secondFortnightFixturesDir, fortnight3: thirdFortnightFixturesDir, fortnight4: fourthFortnightFixturesDir, fortnight5: fifthFortnightFixturesDir, fortnight6: sixthFortnightFixturesDir, fortnight7: seventhFortnightFixturesDir, fortnight8: eighthFortnightFixturesDir, fortnight9: ninthFortnightFixturesDir };

/** The eval tools' set argument: `first`, `fortnight` (the default), `fortnight2`, `fortnight3`, `fortnight4`, `fortnight5`, `fortnight6`, `fortnight7`, `fortnight8` or `fortnight9`. */
export function loadEvalSetByName(name = 'fortnight'): EvalSet {
  if (name === 'first') return loadEvalSet();
  if (!(name in fortnightDirs)) throw new Error(`unknown eval set ${name}: use first, fortnight, fortnight2, fortnight3, fortnight4, fortnight5, fortnight6, fortnight7, fortnight8 or fortnight9`);
  return loadFortnightSet(fortnightDirs[name]);
}
