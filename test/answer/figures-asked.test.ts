import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A yearly report whose figures the wire gives without calling them figures. Written for this test.
const WIRE = `Date : 05/03/2026
Cargo handled at Kuwait ports rises 4 pct in 2025
KUWAIT, March 5 (KUNA) -- Cargo handled at Kuwait's commercial ports rose 4 percent in 2025 to 9.2 million tonnes, the ports authority said in its annual report on Thursday.
Container traffic made up 61 percent of the cargo, the authority's planning director Khaled Al-Otaibi told KUNA. (end)
ab.cd
`;

describe('"the figures" asks for any report, not a topic', () => {
  it('answers who talked about the figures when no dispatch calls them figures', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'Who at the ports authority talked about the 2025 cargo figures?', now);
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Khaled Al-Otaibi/);
  });
});
