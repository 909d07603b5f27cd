import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A charity's plan for this year and a market report, written for these tests: nothing says what the plan cost last year.
const WIRE = `Date : 05/03/2026
Charity widens school-bag drive
KUWAIT, March 5 (KUNA) -- The Kuwait Orphans Fund said on Thursday it would hand out 18,000 school bags this year at a cost of KD 240,000.
The fund's board approved the drive at its meeting on Wednesday, a statement said. (end)
ab.cd

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- قال صندوق الأيتام الكويتي اليوم الخميس إنه سيوزع هذا العام 18 ألف حقيبة مدرسية بتكلفة 240 ألف دينار.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: last year asked, this year reported', () => {
  it('names years by their distance from the text’s own, in both languages', () => {
    expect([...findOrdinalsAndYears('How much did it cost last year?').relativeYears]).toEqual([-1]);
    expect([...findOrdinalsAndYears('كم كلف المشروع العام الماضي؟').relativeYears]).toEqual([-1]);
    expect([...findOrdinalsAndYears('سيوزع هذا العام 18 ألف حقيبة, and next year more').relativeYears]).toEqual([0, 1]);
    expect([...findOrdinalsAndYears('the yearly drive, a year of plenty').relativeYears]).toEqual([]);
  });

  it('declines last year’s cost when only this year’s is reported, in English and Arabic', async () => {
    expect((await ask('How much did the Orphans Fund school bag drive cost last year?')).found).toBe(false);
    expect((await ask('كم كانت تكلفة حقائب صندوق الأيتام العام الماضي؟')).found).toBe(false);
  });

  it('still answers this year’s cost, asked with or without the year', async () => {
    const answered = await ask('How much will the Orphans Fund school bag drive cost this year?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/KD 240,000/);
    expect((await ask('How much will the Orphans Fund school bag drive cost?')).found).toBe(true);
  });
});
