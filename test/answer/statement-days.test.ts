import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';

// Questions written for this test.
const NOW = new Date('2026-11-20T08:00:00Z');
const dates = (question: string) => parseQuestionDates(question, NOW);

describe('a day inside a statement the question quotes is what was said, not the day asked', () => {
  it('filters on no day the statement names, in either language', () => {
    expect(dates('who told KUNA the parking fee rises on 3 January?').range).toBeUndefined();
    expect(dates('who said the bridge closes on December 9 for repairs?').range).toBeUndefined();
    expect(dates('منو قال إن التسجيل يفتح 5 يناير؟').range).toBeUndefined();
  });

  it('keeps the day of the saying, of the report, and of a frame after the statement', () => {
    expect(dates('what did the ministry say about the bridge on November 9?').named).toEqual({ month: 11, day: 9 });
    expect(dates('who told KUNA on 16 November that the fee rises?').named).toEqual({ month: 11, day: 16 });
    expect(dates('who said the fee rises (the report of 16 November)?').named).toEqual({ month: 11, day: 16 });
    expect(dates('who said the fee rises, i think it ran on nov 16').named).toEqual({ month: 11, day: 16 });
    expect(dates('tell me how many boats sailed on November 12').named).toEqual({ month: 11, day: 12 });
  });
});
