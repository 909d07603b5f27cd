import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';

const now = new Date('2026-02-10T06:00:00Z');

describe('parseQuestionDates', () => {
  it.each([
    ['What happened on Feb 6?', '2026-02-06'],
    ['what did the minister say on 6th February', '2026-02-06'],
    ['ماذا حدث يوم 6 فبراير؟', '2026-02-06'],
    ['ماذا حدث في ٣ فبراير', '2026-02-03'],
  ])('reads the day in %s and leaves it out of the topic words', (question, day) => {
    const dates = parseQuestionDates(question, now);
    expect(dates.day).toBe(day);
    expect(dates.rest).not.toMatch(/feb|فبراير|6|٣|3/i);
  });

  it.each([
    ['latest on the flu campaign', true],
    ['ما آخر أخبار حملة التطعيم', true],
    ['What did Putin say about BRICS', false],
  ])('tells whether %s asks for the newest', (question, latest) => {
    const dates = parseQuestionDates(question, now);
    expect(dates.latest).toBe(latest);
    expect(dates.rest).not.toMatch(/latest|آخر/);
  });

  it('drops weekdays, which every dispatch names, from the topic words', () => {
    expect(parseQuestionDates('Will it rain in Kuwait this weekend?', now).rest).not.toMatch(/weekend/);
    expect(parseQuestionDates('هل ستهطل أمطار على الكويت يوم الجمعة؟', now).rest).not.toMatch(/الجمعة/);
  });
});
