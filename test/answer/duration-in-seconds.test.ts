import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';

describe('a length of time in seconds', () => {
  it('reads seconds as a unit of time, in both languages', () => {
    expect(holdsAnswerType('The rocket engine fired for about nine seconds before it cut out.', 'duration')).toBe(true);
    expect(holdsAnswerType('وقال إن المتسابق أنهى السباق في 14 ثانية.', 'duration')).toBe(true);
    expect(holdsAnswerType('وقال إن الإنذار انطلق لمدة ثلاث ثوان فقط.', 'duration')).toBe(true);
  });

  it('does not read "a second" as one: it is as often the ordinal', () => {
    expect(holdsAnswerType('The talks went into a second round on Sunday.', 'duration')).toBe(false);
  });
});
