import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';

const now = new Date('2026-03-10T09:00:00Z');

describe('a world, international or national day named in Arabic is an occasion, not today', () => {
  it('reads `اليوم العالمي` and `اليوم الدولي` as the name of a day, with no date', () => {
    expect(parseQuestionDates('منو تكلم عن اليوم العالمي للمياه؟', now).range).toBeUndefined();
    expect(parseQuestionDates('شو سوت الوزارة في اليوم الدولي للمرأة؟', now).range).toBeUndefined();
    expect(parseQuestionDates('متى اليوم الوطني؟', now).range).toBeUndefined();
  });

  it('still reads a bare `اليوم` as today, and takes out the one it read', () => {
    expect(parseQuestionDates('شو قالت البلدية اليوم؟', now).range).toEqual({ since: '2026-03-10', until: '2026-03-10' });
    const both = parseQuestionDates('اليوم العالمي للمياه شو سوت الوزارة اليوم؟', now);
    expect(both.range).toEqual({ since: '2026-03-10', until: '2026-03-10' });
    expect(both.rest).toContain('اليوم العالمي للمياه');
  });
});
