import { describe, expect, it } from 'vitest';
import { asksAddition, missesAdditionAsked } from '../../src/answer/misses-addition-asked.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

describe('near misses: one more thing asked ("too", `بعد`), a story that names not every topic asked', () => {
  it('reads the adverbs of addition in both languages, `بعد` only ending the question', () => {
    expect(asksAddition('will there be murals on schools too?')).toBe(true);
    expect(asksAddition('Will April pensions also be paid early?')).toBe(true);
    expect(asksAddition('Is there an Arabic spelling contest as well?')).toBe(true);
    expect(asksAddition('النموذج بيفهم إنجليزي بعد؟')).toBe(true);
    expect(asksAddition('في باصات جديدة للجهراء كمان؟')).toBe(true);
    expect(asksAddition('هل يشمل القرار المدارس الحكومية أيضاً؟')).toBe(true);
    expect(asksAddition('متى تفتح المدارس بعد العيد؟')).toBe(false);
    expect(asksAddition('will there be murals on schools?')).toBe(false);
    // the fixed phrases a closing بعد ends: remote (عن بعد), later (فيما بعد)
    expect(asksAddition('متى تبدأ المرحلة الثانية من تجربة العمل عن بعد؟')).toBe(false);
    expect(asksAddition('الدراسة بتكون عن بعد؟')).toBe(false);
    expect(asksAddition('بيعلنون النتائج فيما بعد؟')).toBe(false);
    expect(asksAddition('الدراسة بتكون عن بعد بعد؟')).toBe(true);
  });

  it('is one of the near-miss checks: the story must name every topic asked', () => {
    const murals = ['Artists began painting murals in three underpasses in Kuwait City on Saturday.'];
    expect(nearMissOf(nearMissQuestion('will there be murals on schools too?'))(toldStory(murals))).toBe(true);
    expect(nearMissOf(nearMissQuestion('will there be murals on schools too?'))(toldStory([...murals, 'The artists will also paint murals on five schools next month.']))).toBe(false);
    // Asked whether there are murals on schools, without "too", the story must name them all the same (see misses-being-asked).
    expect(nearMissOf(nearMissQuestion('are there murals on schools?'))(toldStory(murals))).toBe(true);
    expect(nearMissOf(nearMissQuestion('were the murals painted in kuwait city?'))(toldStory(murals))).toBe(false);
  });

  it('takes a word no dispatch holds, critical or not, for the one more thing, and reads the other version', () => {
    const concept = (token: string, documents: number, more: Partial<Concept> = {}): Concept => ({ group: [[token]], place: false, documents, critical: documents > 0, entity: false, ...more });
    const asked: Concepts = { list: [concept('نموذج', 1), concept('يفهم', 1, { asking: true }), concept('انجليز', 0)], total: 10, missing: [] };
    const model = ['قال الجهاز المركزي إن الاستراتيجية تتضمن تطوير نموذج لغوي عربي يفهم اللهجة الكويتية.'];
    expect(missesAdditionAsked(asked, model)).toBe(true);
    expect(missesAdditionAsked(asked, [...model, 'وقال إن النموذج يفهم الإنجليزية أيضا.'])).toBe(false);
    expect(missesAdditionAsked({ ...asked, list: asked.list.slice(0, 2) }, model)).toBe(false);
  });
});
