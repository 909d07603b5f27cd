import { describe, expect, it } from 'vitest';
import { findDayKeys } from '../../src/dispatch/find-day-keys.js';

describe('findDayKeys', () => {
  it("gives the day an announcement names the same key in both scripts, and not the dispatch's own weekday", () => {
    // 2026-04-27 is a Monday: "said on Monday" is every dispatch of the day; the test's Tuesday is this story's.
    const en = findDayKeys('Kuwait will sound its warning sirens at 10 a.m. on Tuesday, the directorate said on Monday.', 'en', '2026-04-27');
    const ar = findDayKeys('أعلنت الإدارة اليوم الاثنين أنها ستجري تشغيلا تجريبيا في العاشرة من صباح غد الثلاثاء.', 'ar', '2026-04-27');
    expect(en).toEqual(['@2']);
    expect(ar).toEqual(['@2']);
  });

  it('reads an Arabic weekday after a conjunction and without its hamza', () => {
    expect(findDayKeys('تبدأ الحملة يوم الاربعاء وتستمر حتى والجمعة', 'ar', '2026-04-27')).toEqual(['@3', '@5']);
  });

  it('takes no weekday from a word that only contains one, nor a lower-case English word', () => {
    expect(findDayKeys('The Friday-market sunday school', 'en', '2026-04-27')).toEqual(['@5']);
    expect(findDayKeys('وافقت الجمعية العمومية على توزيع الأرباح', 'ar', '2026-04-27')).toEqual([]);
  });
});
