import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';

describe('an Arabic measure asked by its noun', () => {
  it.each([
    ['عطني وزن جهاز التتبع اللي على الجربوع', 'number'],
    ['أبي أعرف طول المزولة الشمسية اللي بالشعب', 'number'],
    ['وش درجة الحرارة داخل بيت الفراشات؟', 'number'],
    ['شنو ارتفاع البرج الجديد؟', 'number'],
    ['ممكن تعطيني مساحة الحديقة', 'number'],
  ] as const)('"%s" asks a figure (%s), as "how heavy", "how long" do', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it('leaves a show (`عرض`), a measure named as a topic, and a count after a request as they were', () => {
    expect(answerTypeOf('شنو عرض الفيلم الليلة')).toBe(null);
    expect(answerTypeOf('شنو قال الوزير عن طول الطريق')).toBe(null);
    expect(answerTypeOf('عطني عدد الزوار اللي حضروا المهرجان')).toBe(null);
  });
});
