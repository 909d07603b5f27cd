import { describe, expect, it } from 'vitest';
import { verbsAfterAuxiliary } from '../../src/answer/verbs-after-auxiliary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// Our own sentences: a comet told with "was seen" (no "see"), and another story that writes "see", so the asker's verb is a
// stored word of the asking.
const WIRE = `Date : 11/03/2026
Comet glows over Kuwait at dusk
KUWAIT, March 11 (KUNA) -- A faint comet with a long tail glowed low in the western sky on Wednesday evening and was seen from Jahra to Ahmadi, an astronomer said. (end)
ab.cd

Date : 10/03/2026
Eye clinic offers free checks
KUWAIT, March 10 (KUNA) -- A new eye clinic in Hawalli will see patients free of charge on Fridays during March, its director said on Tuesday. (end)
ab.cd

`;

describe('the asking verb after an auxiliary is no word a passage must name', () => {
  it('reads the words after an auxiliary or a modal, clause by clause', () => {
    expect([...verbsAfterAuxiliary('where could people see the comet from?')]).toEqual(expect.arrayContaining(['see']));
    expect(verbsAfterAuxiliary('where was the comet seen from?').size).toBe(0);
    expect(verbsAfterAuxiliary('kuna yesterday, how many pensioners did the class take?').has('kuna')).toBe(false);
  });

  it('answers where the comet could be seen from "was seen from Jahra to Ahmadi"', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'where could people see the comet from', now);
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Jahra to Ahmadi'))).toBe(true);
  });
});
