import { describe, expect, it } from 'vitest';
import { asksSpeaker } from '../../src/answer/names-doer.js';

describe('who expected, estimated, proposed or recommended it: the speaker asked', () => {
  it('reads a verb of stance right after "who" as asking whoever stated it', () => {
    expect(asksSpeaker('who expected the date harvest to double this year?')).toBe(true);
    expect(asksSpeaker('who has predicted a cooler summer?')).toBe(true);
    expect(asksSpeaker('who recommended closing the beach at night?')).toBe(true);
    expect(asksSpeaker('منو توقع إن الأسعار بتنزل؟')).toBe(true);
    expect(asksSpeaker('مين اللي بيقترح تمديد الدوام؟')).toBe(true);
    expect(asksSpeaker('خبر أمس: منو اقترحت نقل السوق؟')).toBe(true);
  });

  it('leaves a doer asked: a passive "who is expected", a stance noun, no question word before the verb', () => {
    expect(asksSpeaker('who is expected to win the cup?')).toBe(false);
    expect(asksSpeaker('who won the cup that was expected?')).toBe(false);
    expect(asksSpeaker('من توقعات الأرصاد منو فاز؟')).toBe(false);
    expect(asksSpeaker('منو فاز بالبطولة؟')).toBe(false);
  });
});
