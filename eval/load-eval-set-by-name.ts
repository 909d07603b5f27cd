import { type EvalSet, loadEvalSet } from './load-eval-set.js';
import { eighthFortnightFixturesDir, eleventhFortnightFixturesDir, fifthFortnightFixturesDir, fourthFortnightFixturesDir, loadFortnightSet, ninthFortnightFixturesDir, secondFortnightFixturesDir, seventhFortnightFixturesDir, sixthFortnightFixturesDir, tenthFortnightFixturesDir, thirdFortnightFixturesDir, thirteenthFortnightFixturesDir, fourteenthFortnightFixturesDir, fifteenthFortnightFixturesDir, sixteenthFortnightFixturesDir, seventeenthFortnightFixturesDir, eighteenthFortnightFixturesDir, nineteenthFortnightFixturesDir, twentiethFortnightFixturesDir, twentyFirstFortnightFixturesDir, twentySecondFortnightFixturesDir, twentyThirdFortnightFixturesDir, twentyFourthFortnightFixturesDir, twentyFifthFortnightFixturesDir, twentySixthFortnightFixturesDir, twentySeventhFortnightFixturesDir, twentyEighthFortnightFixturesDir, twentyNinthFortnightFixturesDir, thirtiethFortnightFixturesDir, thirtyFirstFortnightFixturesDir, thirtySecondFortnightFixturesDir, thirtyThirdFortnightFixturesDir, thirtyFourthFortnightFixturesDir, thirtyFifthFortnightFixturesDir, thirtySixthFortnightFixturesDir, twelfthFortnightFixturesDir } from './load-fortnight-set.js';

const fortnightDirs: Record<string, string | undefined> = { fortnight: undefined, fortnight2: secondFortnightFixturesDir, fortnight3: thirdFortnightFixturesDir, fortnight4: fourthFortnightFixturesDir, fortnight5: fifthFortnightFixturesDir, fortnight6: sixthFortnightFixturesDir, fortnight7: seventhFortnightFixturesDir, fortnight8: eighthFortnightFixturesDir, fortnight9: ninthFortnightFixturesDir, fortnight10: tenthFortnightFixturesDir, fortnight11: eleventhFortnightFixturesDir, fortnight12: twelfthFortnightFixturesDir, fortnight13: thirteenthFortnightFixturesDir, fortnight14: fourteenthFortnightFixturesDir, fortnight15: fifteenthFortnightFixturesDir, fortnight16: sixteenthFortnightFixturesDir, fortnight17: seventeenthFortnightFixturesDir, fortnight18: eighteenthFortnightFixturesDir, fortnight19: nineteenthFortnightFixturesDir, fortnight20: twentiethFortnightFixturesDir, fortnight21: twentyFirstFortnightFixturesDir, fortnight22: twentySecondFortnightFixturesDir, fortnight23: twentyThirdFortnightFixturesDir, fortnight24: twentyFourthFortnightFixturesDir, fortnight25: twentyFifthFortnightFixturesDir, fortnight26: twentySixthFortnightFixturesDir, fortnight27: twentySeventhFortnightFixturesDir, fortnight28: twentyEighthFortnightFixturesDir, fortnight29: twentyNinthFortnightFixturesDir, fortnight30: thirtiethFortnightFixturesDir, fortnight31: thirtyFirstFortnightFixturesDir, fortnight32: thirtySecondFortnightFixturesDir, fortnight33: thirtyThirdFortnightFixturesDir, fortnight34: thirtyFourthFortnightFixturesDir, fortnight35: thirtyFifthFortnightFixturesDir, fortnight36: thirtySixthFortnightFixturesDir };

/** Every eval set's name, in the order `npm run eval` runs and prints them: `first`, then the fortnights, oldest first. */
export const evalSetNames: readonly string[] = ['first', ...Object.keys(fortnightDirs)];

/** Throws, naming the names it takes, unless `name` is one of `evalSetNames`. */
export function checkEvalSetName(name: string): void {
  if (!evalSetNames.includes(name)) throw new Error(`unknown eval set ${name}: use ${evalSetNames.join(', ')}`);
}

/** The eval tools' set argument: one of `evalSetNames` (`fortnight` by default). */
export function loadEvalSetByName(name = 'fortnight'): EvalSet {
  checkEvalSetName(name);
  return name === 'first' ? loadEvalSet() : loadFortnightSet(fortnightDirs[name]);
}
