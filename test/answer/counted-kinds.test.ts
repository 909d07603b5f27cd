import { describe, expect, it } from 'vitest';
import { withKindsCounted } from '../../src/answer/counted-kinds.js';
import { countsAskedThing } from '../../src/answer/counts-asked-thing.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: a school eye screening that counts the children it checked as pupils, and a story
// that names children (so the question's word is held by the store).
const SCREENING = `Date : 09/09/2026
KUWAIT, Sept 9 (KUNA) -- A reading festival for children opened at the Abdullah Al-Salem Cultural Centre on Wednesday. (end)
ab.cd

Date : 10/09/2026
KUWAIT, Sept 10 (KUNA) -- The Ministry of Health said on Thursday its school eye health programme had tested the eyesight of 12,400 pupils, and that 9 percent of them needed glasses.
Programme head Dr. Salma Al-Ali said the tests would be repeated every two years. (end)
ab.cd
`;

describe('a count of children told by a narrower name', () => {
  it('counts pupils, minors and babies as children, and leaves other things their own forms', () => {
    const kids = withKindsCounted([analyseText('kids')]);
    const concept = { group: kids, place: false, documents: 1, critical: true, entity: false };
    expect(countsAskedThing('The programme tested 12,400 pupils this year.', concept)).toBe(true);
    expect(countsAskedThing('Inspectors found 23 minors working in shops.', concept)).toBe(true);
    expect(countsAskedThing('About 45 babies a year are born with the condition.', concept)).toBe(true);
    expect(countsAskedThing('وقال إن 31 رضيعا راجعوا العيادة.', { ...concept, group: withKindsCounted([analyseText('الأطفال')]) })).toBe(true);
    expect(countsAskedThing('The programme employed 80 teachers this year.', concept)).toBe(false);
    expect(withKindsCounted([analyseText('teachers')])).toEqual([analyseText('teachers')]);
  });

  it('answers how many kids from a count of pupils', async () => {
    const result = await askOnWire(tempDir(), SCREENING, 'how many kids got their eyes tested at school?', new Date('2026-09-11T08:00:00Z'));
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/12,400 pupils/);
  });
});
