import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { END, START, analyseWithDateMarks } from '../../src/answer/link-answer-filler.js';

// Sentences written for this test.
const marks = (sentence: string) => analyseWithDateMarks(sentence, 'date');

describe('a month read as a date only as a whole word, and "may" only beside a day or a year', () => {
  it('marks no end or start where a word only begins with a month ("to decide", "from the mayor", "by marine units")', () => {
    expect(marks('The council met to decide on the new tariffs.')).not.toEqual(expect.arrayContaining(END));
    expect(marks('A letter from the mayor reached the committee.')).not.toEqual(expect.arrayContaining(START));
    expect(marks('The harbour was searched by marine units.')).not.toEqual(expect.arrayContaining(START));
    expect(marks('The lane stays closed until decorations are removed.')).not.toEqual(expect.arrayContaining(END));
  });

  it('still marks a month as a bound ("from March 3", "until September", "by June", "as of may 2027")', () => {
    expect(marks('The fare applies from March 3.')).toEqual(expect.arrayContaining(START));
    expect(marks('The road stays shut until September.')).toEqual(expect.arrayContaining(END));
    expect(marks('The plant should run by June.')).toEqual(expect.arrayContaining(START));
    expect(marks('The rule holds as of May 2027.')).toEqual(expect.arrayContaining(START));
  });

  it('reads "may" the modal verb as no span\'s end, and a span between months as one', () => {
    expect(holdsAnswerType('Fighting between 2 clans eased and may end soon.', 'duration')).toBe(false);
    expect(holdsAnswerType('The fair runs between May 4 and May 9.', 'duration')).toBe(true);
    expect(holdsAnswerType('Repairs ran from decision day to the opening.', 'duration')).toBe(false);
    expect(holdsAnswerType('Repairs ran from October to December.', 'duration')).toBe(true);
  });
});
