import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A falcon released after treatment, written for these tests: the only earlier year told is 2024, two years before the report.
const WIRE = `Date : 05/03/2026
Tagged falcon released after treatment
KUWAIT, March 5 (KUNA) -- The Kuwait Wildlife Rescue Team released a falcon at Sulaibikhat Bay on Thursday, the team said.
Team head Dana Al-Mulla told KUNA the team had released 14 falcons since the programme began in 2024. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: last year asked, an older year told', () => {
  it('declines last year asked of a passage dating its figure only to a year before that', async () => {
    expect((await ask('How many falcons did the wildlife rescue team release last year?')).found).toBe(false);
  });

  it('still answers the year it names', async () => {
    const answered = await ask('How many falcons has the wildlife rescue team released since 2024?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/14 falcons/);
  });
});
