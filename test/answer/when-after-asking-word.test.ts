import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';

describe('"when" after another asking word in its clause', () => {
  it('is a conjunction: the asking word asks', () => {
    expect(answerTypeOf('what was the queue at the bakery when the doors opened?')).toBe(null);
    expect(answerTypeOf('who was at the wheel when the lorry overturned?')).toBe('person');
    expect(answerTypeOf('how many were hurt when the stand gave way?')).toBe('number');
  });

  it('still asks a date where it opens its own clause', () => {
    expect(answerTypeOf('when does the bakery open?')).toBe('date');
    expect(answerTypeOf('what did the paper say today: when does the bakery open?')).toBe('date');
  });
});
