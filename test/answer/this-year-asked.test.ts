import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-09T08:00:00Z');

// A vaccination drive that gives last year's case count, in both languages. Written for this test.
const WIRE = `Date : 08/03/2026
Kuwait starts school mumps booster drive
KUWAIT, March 8 (KUNA) -- Kuwait's Ministry of Health on Sunday began giving a mumps booster to some 60,000 pupils at state schools.
Public health director Dr. Salem Al-Harbi said teams would visit schools over four weeks, after the country recorded 21 mumps cases last year. (end)
ab.cd

التاريخ : 08/03/2026
الكويت - 8 - 3 (كونا) -- بدأت وزارة الصحة اليوم الأحد إعطاء جرعة منشطة من لقاح النكاف لنحو 60 ألف طالب في المدارس الحكومية بعد أن سجلت البلاد 21 حالة نكاف العام الماضي.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: this year asked, last year reported', () => {
  it('declines this year’s count when only last year’s is reported, "this year" taken out of the question as a date', async () => {
    expect((await ask('How many mumps cases has Kuwait recorded this year?')).found).toBe(false);
    expect((await ask('كم حالة نكاف سجلت الكويت هالسنة؟')).found).toBe(false);
  });

  it('still answers last year’s count', async () => {
    const answered = await ask('How many mumps cases did Kuwait record last year?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/21 mumps cases/);
  });
});
