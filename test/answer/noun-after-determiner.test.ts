import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// A wildlife park's births, told by the animals born. Written for this test.
const WIRE = `Date : 05/05/2026
Two giraffe calves born at wildlife park
KUWAIT, May 5 (KUNA) -- Two giraffe calves were born at the wildlife park in Sulaibiya over the weekend, the park's director said on Tuesday.
He said both calves and their mother were in good health and would be shown to visitors next month. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a short noun no dispatch holds, right after a determiner, is what is asked', () => {
  it('declines whether any bear cubs were born when only giraffe calves were', async () => {
    expect((await ask('Were any bear cubs born at the wildlife park?')).found).toBe(false);
  });

  it('declines whether the yak calf was born there, a noun of three letters after "the"', async () => {
    expect((await ask('Was the yak calf born at the wildlife park?')).found).toBe(false);
  });

  it('still answers whether any giraffe calves were born', async () => {
    expect((await ask('Were any giraffe calves born at the wildlife park?')).citations[0]?.quote).toMatch(/giraffe calves/);
  });

  it('reads no noun into the first part of a hyphenated word after a determiner', async () => {
    expect((await ask('How many giraffe calves were born at the mid-size wildlife park?')).citations[0]?.quote).toMatch(/Two giraffe calves/);
  });
});
