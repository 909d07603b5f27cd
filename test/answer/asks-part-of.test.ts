import { describe, expect, it } from 'vitest';
import { asksPartOf } from '../../src/answer/asks-part-of.js';
import { countedWord, countsAskedThing } from '../../src/answer/counts-asked-thing.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-10-02T08:00:00Z');

// A blood drive whose donors are told as a share of them, and a library's visitors told as a count. Written for this test.
const WIRE = `Date : 01/10/2026
Blood bank drive draws donors at Kuwait University
KUWAIT, Oct 1 (KUNA) -- The Central Blood Bank collected blood from donors at a two-day drive at Kuwait University's Shadadiya campus, the Ministry of Health said on Thursday.
Drive coordinator Dr. Mona Al-Rashed told KUNA that 35 percent of the donors were giving blood for the first time. (end)
ab.cd
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);
const donors = { group: [analyseText('donors')], place: false, documents: 1, critical: true, entity: false };

describe('a part of a group asked, told as a share of the group', () => {
  it('reads "how many of" as a part asked, and counts the group past "of the" or a possessive', () => {
    expect(asksPartOf('how many of the donors were first-timers?')).toBe(true);
    expect(asksPartOf('كم من المتبرعين تبرع لأول مرة؟')).toBe(true);
    expect(asksPartOf('how many donors came?')).toBe(false);
    expect(countedWord('how many of the blood donors were new?')).toBe(analyseText('donors')[0]);
    expect(countedWord("how many of last year's seedlings survived?")).toBe(analyseText('seedlings')[0]);
  });

  it('takes a share of the group for a count of its part only when a part is asked', () => {
    const text = 'She said 35 percent of the donors were giving blood for the first time.';
    expect(countsAskedThing(text, donors, new Set(), false, true)).toBe(true);
    expect(countsAskedThing(text, donors)).toBe(false);
  });

  it('answers how many of the donors were first-timers with the share the wire gives', async () => {
    const result = await ask('how many of the donors at the university drive were giving blood for the first time?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/35 percent of the donors/);
  });
});
