import { describe, expect, it } from 'vitest';
import { arrivalOf, loadFortnightSet } from '../../eval/load-fortnight-set.js';

/** A 2027 fortnight's wire year: the months its file names may open with, and its first and last arrival instants. */
export interface WireYearSpec {
  /** the set's ordinal, as its describe block names it ("thirty-third") */
  ordinal: string;
  dir: string;
  /** the months named in the test's title ("April and May") */
  months: string;
  /** what every file name opens with ('04', '05'; a day too where a month's files start late: '0228') */
  prefixes: readonly string[];
  first: string;
  last: string;
}

/** That every file of the set is read as 2027 (`arrivalOf(name, false, 2027)`), none as 2026, from its first to its last arrival. */
export function describeWireYear(spec: WireYearSpec): void {
  describe(`the ${spec.ordinal} fortnight wire year`, () => {
    it(`reads its ${spec.months} files as 2027, none of them as 2026`, () => {
      const set = loadFortnightSet(spec.dir);
      expect(set.sources.every((s) => spec.prefixes.some((prefix) => s.name.startsWith(prefix)))).toBe(true);
      for (const s of set.sources) expect(s.receivedAt?.getTime(), s.name).toBe(arrivalOf(s.name, false, 2027).getTime());
      expect(set.sources[0]?.receivedAt?.toISOString()).toBe(spec.first);
      expect(set.sources.at(-1)?.receivedAt?.toISOString()).toBe(spec.last);
    });
  });
}
