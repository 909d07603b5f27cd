import { describe, expect, it } from 'vitest';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { asksAnotherTime, tellsOnlyReportDay } from '../../src/answer/tells-only-report-day.js';

// 2026-05-16 is a Saturday. Sentences written for this test.
const SATURDAY = '2026-05-16';

describe('near misses: the next one or a beginning asked, a passage dated only by the day it was filed', () => {
  it('reads the next one and a beginning asked, in both languages', () => {
    expect(asksAnotherTime("When's the next Gulf chess championship?")).toBe(true);
    expect(asksAnotherTime('When was the sailing club founded?')).toBe(true);
    expect(asksAnotherTime('متى البطولة الجاية؟')).toBe(true);
    expect(asksAnotherTime('متى تأسس النادي البحري؟')).toBe(true);
    expect(asksAnotherTime('When did Kuwait win the chess title?')).toBe(false);
  });

  it('takes the filing day, today or yesterday for the report\'s own time, and any other time for another', () => {
    expect(tellsOnlyReportDay('Kuwait won the Gulf chess title on Saturday in Doha.', SATURDAY)).toBe(true);
    expect(tellsOnlyReportDay('فاز منتخب الكويت بلقب بطولة الخليج للشطرنج اليوم السبت.', SATURDAY)).toBe(true);
    expect(tellsOnlyReportDay('The next championship will be held in Muscat on Tuesday.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('The next championship will be held in Muscat in March.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('ستقام البطولة المقبلة في مسقط العام المقبل.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('The club, founded in 1978, opened a new marina on Saturday.', SATURDAY)).toBe(false);
  });

  it('is a near-miss check of a "when" question only', () => {
    const passage = { text: 'Kuwait won the Gulf chess title on Saturday in Doha.', told: [], parallel: '', around: [], date: SATURDAY };
    const concepts = { list: [], total: 10, missing: [] };
    expect(nearMissOf({ question: "When's the next Gulf chess championship?", type: 'date', concepts })(passage)).toBe(true);
    expect(nearMissOf({ question: 'When did Kuwait win the Gulf chess title?', type: 'date', concepts })(passage)).toBe(false);
  });
});
