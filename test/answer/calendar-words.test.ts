import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { UNTIL } from '../../src/answer/calendar-words.js';
import { analyseWithDateMarks, END } from '../../src/answer/link-answer-filler.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';

describe('an end given with حتى, read on folded text', () => {
  it('reads `حتى` as normaliseArabic writes it (`حتي`): a duration given by its end', () => {
    expect(UNTIL.test(normaliseArabic('وقال إن المعرض يستمر حتى 10 فبراير.'))).toBe(true);
    expect(holdsAnswerType('وقال إن الحملة تستمر حتى نهاية الشهر.', 'duration')).toBe(true);
  });

  it('marks a date after `حتى` as the end of what the sentence tells ("when does the exhibition close?")', () => {
    expect(analyseWithDateMarks('وإن المعرض يستمر حتى 10 فبراير.', 'date')).toEqual(expect.arrayContaining(END));
  });

  it('does not read `إلى` before a figure as an end: "to" of a figure as often as of a day', () => {
    const marked = analyseWithDateMarks('ويضم فرنين تصل حرارتهما إلى 1100 درجة.', 'date');
    expect(END.some((token) => marked.includes(token))).toBe(false);
  });
});

describe('a count of days of a kind', () => {
  it('reads "five school days", "three trading days" as a length of time, as "five working days"', () => {
    expect(holdsAnswerType('Readings were taken for five school days.', 'duration')).toBe(true);
    expect(holdsAnswerType('The index rose for three trading days.', 'duration')).toBe(true);
    expect(holdsAnswerType('Readings were taken at five schools.', 'duration')).toBe(false);
  });
});
