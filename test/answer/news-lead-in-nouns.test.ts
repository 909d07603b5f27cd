import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';

describe('a lead-in naming the story by a dispatch or a bulletin (`برقية`, `نشرة`)', () => {
  it('asks nothing: its `من` is "from", and the question\'s own asking word follows it', () => {
    expect(answerTypeOf('من برقية أمس، وين بيقام المعرض؟')).toBe('place');
    expect(answerTypeOf('من نشرة اليوم، متى يفتح المعرض؟')).toBe('date');
  });
});
