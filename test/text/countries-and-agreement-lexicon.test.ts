import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { lexiconJoins } from '../../src/text/wire-lexicon.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: a count of countries told in English only.
const WIRE = `Date : 09/04/2026
KUWAIT, April 9 (KUNA) -- Four countries have agreed to Kuwait's new cap on the recruitment cost of nurses, the Ministry of Health said on Thursday. (end)
ab.cd
`;

/** [the reader's word, the word the other-language wire writes] */
const PAIRS = [
  ['الدول', 'countries'],
  ['وافقت', 'agreed'],
  ['الاستقدام', 'recruitment'],
] as const;

describe('the wire lexicon joins countries, agreeing and recruiting across languages', () => {
  it.each(PAIRS)('%s: joined to %s', (asked, written) => {
    expect(lexiconJoins(analyseText(asked)[0] as string, analyseText(written)[0] as string)).toBe(true);
  });

  it('answers in Arabic how many countries agreed, from the English dispatch', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'كم دولة وافقت على سقف تكلفة استقدام الممرضات؟', new Date('2026-04-10T08:00:00Z'));
    expect(result.citations[0]?.quote).toMatch(/Four countries/);
  });
});
