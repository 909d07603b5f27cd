import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';

describe('tomorrow written with the article (`الغد`)', () => {
  it('answers "when" as `غدا` does', () => {
    expect(holdsAnswerType('وقال إن التسجيل في الدورة يبدأ اعتبارا من الغد.', 'date')).toBe(true);
    expect(holdsAnswerType('وقال إن التسجيل في الدورة يبدأ غدا.', 'date')).toBe(true);
  });
});
