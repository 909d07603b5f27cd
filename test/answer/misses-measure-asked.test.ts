import { describe, expect, it } from 'vitest';
import { measureAsked, missesMeasureAsked } from '../../src/answer/misses-measure-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';

// Sentences written for this test.
describe('near misses: a length or a weight asked, a passage with no unit of it', () => {
  it('reads a length or a weight asked in both languages, not a length of time', () => {
    expect(measureAsked('How deep is the new harbour basin?')).toBe('length');
    expect(measureAsked('كم طول الجسر الجديد؟')).toBe('length');
    expect(measureAsked('شكثر عمق البئر؟')).toBe('length');
    expect(measureAsked('How heavy is the new bell?')).toBe('weight');
    expect(measureAsked('كم وزن الحوت اللي لقوه؟')).toBe('weight');
    expect(measureAsked('كم طولت أعمال الصيانة؟')).toBeUndefined();
    expect(measureAsked('How many divers took part?')).toBeUndefined();
    expect(measureAsked('what is the length of the diving course in weeks?')).toBeUndefined();
    expect(measureAsked('what is the average length of stay at the new ward?')).toBeUndefined();
    expect(measureAsked('كم طول دورة الغوص بالأسابيع؟')).toBeUndefined();
    expect(measureAsked('what is the length of the new pier in metres?')).toBe('length');
  });

  it('takes a unit of the measure, in figures or words, for the measure told', () => {
    expect(missesMeasureAsked('length', 'The basin was dug to a depth of 14 metres.')).toBe(false);
    expect(missesMeasureAsked('length', 'يمتد الجسر بطول ثلاثة كيلومترات')).toBe(false);
    expect(missesMeasureAsked('weight', 'The bell weighs 2.5 tonnes.')).toBe(false);
    expect(missesMeasureAsked('length', 'The harbour will open to 40 fishing boats in May.')).toBe(true);
  });

  it('is a near-miss check of the question', () => {
    const passage = { text: 'The harbour will open to 40 fishing boats in May.', told: [], parallel: '', around: [] };
    const concepts = { list: [], total: 10, missing: [] };
    expect(nearMissOf({ question: 'How deep is the new harbour basin?', type: null, concepts })(passage)).toBe(true);
    expect(nearMissOf({ question: 'When will the new harbour open?', type: 'date', concepts })(passage)).toBe(false);
  });
});
