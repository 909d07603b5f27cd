import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-16T08:00:00Z');

// This month's allowances paid early, in both languages. Written for this test.
const WIRE = `Kuwait to pay March housing allowances early
KUWAIT, March 15 (KUNA) -- Kuwait's housing authority will pay March housing allowances to some 90,000 families on Tuesday, March 17, two days earlier than usual. (end)
ab.cd

التاريخ : 15/03/2026
الكويت - 15 - 3 (كونا) -- أعلنت المؤسسة العامة للرعاية السكنية اليوم الأحد أنها ستصرف بدل الإيجار لشهر مارس لنحو 90 ألف أسرة يوم الثلاثاء 17 مارس قبل موعده المعتاد بيومين.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('a month named alone, before the thing it dates', () => {
  it.each([
    ['will april housing allowances come early too?', 4],
    ['هل بدل إيجار أبريل بينصرف بدري؟', 4],
    ['are the June exams postponed', 6],
    ['will they march on the ministry', undefined],
    ['may the ministry raise fees', undefined],
  ])('%s: month %s', (question, month) => {
    expect(parseQuestionDates(question, now, 'Asia/Kuwait').month).toBe(month);
  });

  it('declines next month’s allowances when only this month’s are reported, in English and Arabic', async () => {
    expect((await ask('will april housing allowances be paid early too?')).found).toBe(false);
    expect((await ask('هل بدل إيجار أبريل بينصرف بدري؟')).found).toBe(false);
  });

  it('still answers the month reported', async () => {
    expect((await ask('will the housing allowances be paid early?')).found).toBe(true);
    expect((await ask('when will the March housing allowances be paid?')).found).toBe(true);
  });
});
