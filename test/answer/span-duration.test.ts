import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-02T08:00:00Z');

// A road closure given by both its ends. Written for this test.
const WIRE = `Date : 01/04/2026
Kuwait to close Gulf Road lane for resurfacing
KUWAIT, April 1 (KUNA) -- The Public Authority for Roads will close the right lane of the Gulf Road in Salmiya from May 3 to June 20 for resurfacing works, the authority said on Wednesday.
Drivers were advised to use the Fifth Ring Road instead. (end)
ab.cd
`;

describe('"how long" answered by both ends of a span', () => {
  it('takes "from … to …", "between … and …" and `من … إلى …` of days and months for a length of time', () => {
    expect(holdsAnswerType('The lane will be closed from May 3 to June 20.', 'duration')).toBe(true);
    expect(holdsAnswerType('The exhibition runs from Sunday through Thursday.', 'duration')).toBe(true);
    expect(holdsAnswerType('Deals were recorded between March 2 and 6.', 'duration')).toBe(true);
    expect(holdsAnswerType('يغلق المسار من 3 مايو إلى 20 يونيو.', 'duration')).toBe(true);
    expect(holdsAnswerType('يفتح المعرض بين الأحد والخميس.', 'duration')).toBe(true);
  });

  it('does not take a move from one place to another for a length of time', () => {
    expect(holdsAnswerType('The office moved from Salmiya to Hawalli.', 'duration')).toBe(false);
    expect(holdsAnswerType('نقل المكتب من السالمية إلى حولي.', 'duration')).toBe(false);
  });

  it('answers how long the lane stays closed', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'How long will the Gulf Road lane in Salmiya be closed for resurfacing?', now);
    expect(result.frame).toEqual({ kind: 'quoted' });
    expect(result.citations[0]?.quote).toMatch(/from May 3 to June 20/);
  });
});
