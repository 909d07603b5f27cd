import { describe, expect, it } from 'vitest';
import { asksSpeaker } from '../../src/answer/names-doer.js';

describe('who said it, asked with a verb in the feminine', () => {
  it('reads a speech verb in the feminine (a body or a woman speaks) as the speaker asked', () => {
    expect(asksSpeaker('منو من الهيئة حذرت من الغبار؟')).toBe(true);
    expect(asksSpeaker('مين قالت إن المدارس بتسكر؟')).toBe(true);
    expect(asksSpeaker('منو اعلنت موعد التسجيل؟')).toBe(true);
    expect(asksSpeaker('من حذر من الغبار؟')).toBe(true);
    expect(asksSpeaker('منو فاز بالبطولة؟')).toBe(false);
  });
});
