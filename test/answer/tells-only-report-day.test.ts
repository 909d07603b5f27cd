import { describe, expect, it } from 'vitest';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { asksAnotherTime, tellsOnlyReportDay } from '../../src/answer/tells-only-report-day.js';

// 2026-05-16 is a Saturday. Sentences written for this test.
const SATURDAY = '2026-05-16';

describe('near misses: the next one, a beginning or a time to come asked, a passage dated only by the day it was filed', () => {
  it('reads the next one and a beginning asked, in both languages', () => {
    expect(asksAnotherTime("When's the next Gulf chess championship?")).toBe(true);
    expect(asksAnotherTime('When was the sailing club founded?')).toBe(true);
    expect(asksAnotherTime('متى البطولة الجاية؟')).toBe(true);
    expect(asksAnotherTime('متى تأسس النادي البحري؟')).toBe(true);
    expect(asksAnotherTime('When did Kuwait win the chess title?')).toBe(false);
  });

  it('reads a time still to come asked: "will", "going to", or an Arabic imperfect or future right after متى', () => {
    expect(asksAnotherTime('when will the new ferry start sailing to failaka')).toBe(true);
    expect(asksAnotherTime("When is the museum going to reopen?")).toBe(true);
    expect(asksAnotherTime('متى بيفتحون المتحف من جديد؟')).toBe(true);
    expect(asksAnotherTime('متى يرجع الفريق من الدوحة؟')).toBe(true);
    expect(asksAnotherTime('متى سيبدأ تشغيل العبارة الجديدة؟')).toBe(true);
    expect(asksAnotherTime('متى راح تفتح الحديقة؟')).toBe(true);
    expect(asksAnotherTime('متى تنتهي أعمال الصيانة؟')).toBe(true);
    expect(asksAnotherTime('متى تسجيل الطلاب؟')).toBe(false);
    expect(asksAnotherTime('متى تاريخ الافتتاح؟')).toBe(false);
    expect(asksAnotherTime('متى تصفيات البطولة؟')).toBe(false);
    expect(asksAnotherTime('When did the museum reopen?')).toBe(false);
    expect(asksAnotherTime('متى افتتحوا المتحف؟')).toBe(false);
    expect(asksAnotherTime('متى يوم الافتتاح؟')).toBe(false);
    expect(asksAnotherTime('متى يناير يبدأ الدوام؟')).toBe(false);
  });

  it('takes the filing day, today or yesterday for the report\'s own time, and any other time for another', () => {
    expect(tellsOnlyReportDay('Kuwait won the Gulf chess title on Saturday in Doha.', SATURDAY)).toBe(true);
    expect(tellsOnlyReportDay('فاز منتخب الكويت بلقب بطولة الخليج للشطرنج اليوم السبت.', SATURDAY)).toBe(true);
    expect(tellsOnlyReportDay('The next championship will be held in Muscat on Tuesday.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('The next championship will be held in Muscat in March.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('ستقام البطولة المقبلة في مسقط العام المقبل.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('The club, founded in 1978, opened a new marina on Saturday.', SATURDAY)).toBe(false);
    // A word a month's name begins is no month: "marrow", "market", "decision", "junior".
    expect(tellsOnlyReportDay('Doctors took marrow from a junior donor at the market clinic, a decision the hospital announced on Saturday.', SATURDAY)).toBe(true);
    expect(tellsOnlyReportDay('The hospital said on Saturday the boy would go home in Dec. after tests.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('The new market opens from 8 a.m. to 5 p.m., the municipality said on Saturday.', SATURDAY)).toBe(false);
    expect(tellsOnlyReportDay('وقالت البلدية اليوم السبت إن السوق يفتح من الثامنة صباحا إلى الخامسة مساء.', SATURDAY)).toBe(false);
  });

  it('is a near-miss check of a "when" question only', () => {
    const passage = { text: 'Kuwait won the Gulf chess title on Saturday in Doha.', told: [], parallel: '', around: [], date: SATURDAY };
    const concepts = { list: [], total: 10, missing: [] };
    expect(nearMissOf({ question: "When's the next Gulf chess championship?", type: 'date', concepts })(passage)).toBe(true);
    expect(nearMissOf({ question: 'When did Kuwait win the Gulf chess title?', type: 'date', concepts })(passage)).toBe(false);
    const planned = { text: 'The ministry said on Saturday the new ferry to Failaka had passed its sea trials.', told: [], parallel: '', around: [], date: SATURDAY };
    expect(nearMissOf({ question: 'when will the new ferry start sailing to failaka', type: 'date', concepts })(planned)).toBe(true);
    expect(nearMissOf({ question: 'متى بتبدأ العبارة الجديدة رحلاتها لفيلكا؟', type: 'date', concepts })({ ...planned, text: 'قالت الوزارة اليوم السبت إن العبارة الجديدة اجتازت تجارب الإبحار.' })).toBe(true);
    expect(nearMissOf({ question: 'when will the new ferry start sailing to failaka', type: 'date', concepts })({ ...planned, text: 'The new ferry to Failaka will start sailing in June, the ministry said on Saturday.' })).toBe(false);
  });
});
