import { describe, expect, it } from 'vitest';
import { reportDayMatch } from '../../src/answer/report-day-match.js';

const WEEKDAY = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const ARABIC_WEEKDAY = /الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت/;

// Questions written for this test.
describe('the day a question names as the report\'s', () => {
  it('takes the day after an agency that published the news, any listed agency, in either language', () => {
    for (const agency of ['KUNA', 'WAM', 'SPA', 'QNA']) expect(reportDayMatch(WEEKDAY, `when does the date fair open on Thursday, as ${agency} published on Sunday?`)?.[0]).toBe('Sunday');
    for (const agency of ['كونا', 'وام', 'واس', 'قنا']) expect(reportDayMatch(ARABIC_WEEKDAY, `متى يفتح معرض التمور الخميس حسب ما نشرت ${agency} يوم الأحد؟`)?.[0]).toBe('الأحد');
  });

  it('takes the day after the wire, the copy or the coverage, and after a cable or a bulletin of an agency', () => {
    expect(reportDayMatch(WEEKDAY, 'does the fair open on Thursday? on the wire for Sunday')?.[0]).toBe('Sunday');
    expect(reportDayMatch(WEEKDAY, 'does the fair open on Thursday, asking about kuna copy from Sunday')?.[0]).toBe('Sunday');
    expect(reportDayMatch(ARABIC_WEEKDAY, 'المعرض يفتح الخميس؟ في برقية كونا يوم الأحد')?.[0]).toBe('الأحد');
    expect(reportDayMatch(ARABIC_WEEKDAY, 'المعرض يفتح الخميس؟ من نشرة كونا يوم الأحد')?.[0]).toBe('الأحد');
  });

  it('takes the first day where no report word stands before another', () => {
    expect(reportDayMatch(WEEKDAY, 'does the fair open on Thursday or on Sunday?')?.[0]).toBe('Thursday');
  });
});
