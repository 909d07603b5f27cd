import { describe, expect, it } from 'vitest';
import { findFamilyNames } from '../../src/answer/find-family-names.js';
import { namesAnotherPerson } from '../../src/answer/names-another-person.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-07T08:00:00Z');

// A squash final and a market report, written for these tests: the second paragraph of the final is another man's plan.
const WIRE = `Date : 06/03/2026
Al-Sabti wins Gulf squash title
KUWAIT, March 6 (KUNA) -- Kuwait's Faisal Al-Sabti won the Gulf Squash Championship on Friday, beating the Bahraini top seed in straight sets in the final.
Squash federation president Nasser Al-Hajri said the federation would host the Asian championship in Salmiya next season. (end)
ab.cd

Date : 06/03/2026
Boursa Kuwait closes higher
KUWAIT, March 6 (KUNA) -- Boursa Kuwait closed 0.3 percent higher on Friday as banks gained. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: another person than the one asked', () => {
  it('declines where the champion plays next from a paragraph on the federation head’s plans', async () => {
    const result = await ask('Where will Al-Sabti play next season?');
    expect(result.found).toBe(false);
  });

  it('still answers from the paragraph when it is the asked person’s', async () => {
    const result = await ask('Where will Al-Hajri host the Asian championship next season?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => /Salmiya/.test(c.quote))).toBe(true);
  });
});

describe('findFamilyNames', () => {
  it('reads English family names, not a place the gazetteer lists under one', () => {
    expect(findFamilyNames('Nasser Al-Hajri met Faisal bin Salem in Al-Ahmadi.')).toEqual(['hajri', 'salem']);
  });
});

describe('namesAnotherPerson', () => {
  it('finds an English family name other than the asked one', () => {
    expect(namesAnotherPerson('Federation head Nasser Al-Hajri said it would host the event.', new Set(['sabti']))).toBe(true);
  });

  it('does not fire when the passage names the asked person, or names nobody', () => {
    expect(namesAnotherPerson('Al-Sabti and Nasser Al-Hajri met on Friday.', new Set(['sabti']))).toBe(false);
    expect(namesAnotherPerson('The federation said it would host the event in Salmiya.', new Set(['sabti']))).toBe(false);
    expect(namesAnotherPerson('The federation said it would host the event in Al-Ahmadi.', new Set(['sabti']))).toBe(false);
  });
});
