import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';

describe('an Arabic unit of time with no count after a verb of lasting', () => {
  it('is one of that unit: a length of time', () => {
    expect(holdsAnswerType('وقال المشرف إن المشروع يستمر عاما كاملا.', 'duration')).toBe(true);
    expect(holdsAnswerType('وأضاف أن التجربة ستستمر شهرا قبل تقييمها.', 'duration')).toBe(true);
    expect(holdsAnswerType('وقالت إن الرحلة تمتد أسبوعا.', 'duration')).toBe(true);
  });

  it('is no length of time without the verb', () => {
    expect(holdsAnswerType('وقال إن المشروع ناجح عاما بعد عام.', 'duration')).toBe(false);
  });
});
