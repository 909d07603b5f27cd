import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { tellsOnlyReportDay } from '../../src/answer/tells-only-report-day.js';

describe('a time that comes round ("every month", `كل شهر`)', () => {
  it('answers "how often" (`كل متى`) as a date answers "when"', () => {
    expect(holdsAnswerType('وقال إن المضخات ستفحص كل شهر.', 'date')).toBe(true);
    expect(holdsAnswerType('وتجتمع اللجنة كل أسبوعين.', 'date')).toBe(true);
    expect(holdsAnswerType('The pumps will be checked every three months.', 'date')).toBe(true);
  });

  it('is another time than the day the report was filed', () => {
    expect(tellsOnlyReportDay('وقال اليوم الأحد إن المضخات ستفحص كل شهر.', '2027-02-07')).toBe(false);
  });

  it('is no rate of an amount', () => {
    expect(holdsAnswerType('The plant produces 2,800 tonnes daily.', 'date')).toBe(false);
  });
});
