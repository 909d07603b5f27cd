import { describe, expect, it } from 'vitest';
import { answerTypeOf, holdsAnswerType } from '../../src/answer/answer-type.js';
import { asksRoleHolder, asksSpeaker, holdsFiller } from '../../src/answer/names-doer.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-09-10T08:00:00Z');

// A noise rule with its director named after a body's possessive and the post, and a study whose researcher
// opens the sentence by her profession. Written for this test.
const WIRE = `Date : 09/09/2026
EPA sets night-time noise limit for homes
KUWAIT, Sept 9 (KUNA) -- Kuwait's Environment Public Authority (EPA) set a night-time noise limit of 55 decibels for residential areas on Wednesday.
The authority's noise monitoring director Hamad Al-Qattan told KUNA most complaints were about construction work at night. (end)
ab.cd

Date : 09/09/2026
Food waste study: households throw away a quarter of their food
KUWAIT, Sept 9 (KUNA) -- Kuwaiti households throw away about a quarter of the food they cook, a university study on food waste found on Wednesday.
Researcher Dr. Sara Al-Mansour told KUNA the team surveyed 900 households over six months. (end)
ab.cd
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('who holds a post, asked with a body before the post or "behind"', () => {
  it('reads a post after a possessive body, of up to four words, as a post asked', () => {
    expect(asksRoleHolder("Who is the EPA's noise monitoring director?")).toBe(true);
    expect(asksRoleHolder("Who is the health ministry's drug control director?")).toBe(true);
    expect(asksRoleHolder('Who is the researcher behind the food waste study?')).toBe(true);
    expect(asksRoleHolder('Who is the driver who won the race?')).toBe(false);
  });

  it('takes a name after a profession opening the sentence for the holder of that post', () => {
    expect(holdsFiller('Researcher Dr. Sara Al-Mansour told KUNA the team surveyed 900 households.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('The Ministry of Health told KUNA the team surveyed 900 households.', 'person', 'holder')).toBe(false);
  });

  it('answers the director asked after the body with the speaker named by that post', async () => {
    const result = await ask("Who is the EPA's noise monitoring director?");
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Hamad Al-Qattan/);
  });

  it('answers the researcher behind a study, the preposition asking nothing a passage must name', async () => {
    const result = await ask('Who is the researcher behind the waste study?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Sara Al-Mansour/);
  });
});

describe('a doer asked by "which" with a person or a body, and a speaker asked by whose words', () => {
  it('asks for a person or a body after which and أي', () => {
    expect(answerTypeOf('Which doctor spoke about the rise in asthma cases?')).toBe('person');
    expect(answerTypeOf('Which officer spoke about the case?')).toBe('person');
    expect(answerTypeOf('أي جهة قالت إن السائق انتشل خلال 10 دقائق؟')).toBe('person');
    expect(answerTypeOf('أي وزارة أعلنت القرار؟')).toBe('person');
    expect(answerTypeOf('Which day does the camp open?')).toBe('date');
  });

  it('asks for the speaker when the question asks who at a body, or according to whom', () => {
    expect(asksSpeaker('who at the statistics bureau gave the july inflation numbers?')).toBe(true);
    expect(asksSpeaker('According to which body should people see a doctor?')).toBe(true);
    expect(asksSpeaker('حسب أي جهة يجب مراجعة الطبيب؟')).toBe(true);
    expect(asksSpeaker('Who won the men\u2019s final?')).toBe(false);
  });

  it('reads a given name after an honorific even where the word is a post too', () => {
    const sentence = 'وقال مدير إدارة إزالة التعديات المهندس مساعد الطراح ل(كونا) إن أصحاب المخالفات يمنحون مهلة 14 يوما.';
    expect(holdsFiller(sentence, 'person', 'holder')).toBe(true);
    expect(holdsFiller('وقال مدير إدارة إزالة التعديات مساعد ل(كونا) إن المهلة 14 يوما.', 'person', 'holder')).toBe(false);
  });
});

describe('the results of a study', () => {
  it('takes the verbs a study reports its findings with for its results', () => {
    expect(holdsAnswerType('أظهرت دراسة أجرتها جامعة الكويت أن الأسر تهدر نحو 28 في المئة من الطعام.', 'result')).toBe(true);
    expect(holdsAnswerType('The survey showed most households waste bread.', 'result')).toBe(true);
    expect(holdsAnswerType('The study found that most households waste bread.', 'result')).toBe(true);
    expect(holdsAnswerType('The osprey was found on a beach.', 'result')).toBe(false);
    expect(holdsAnswerType('نشرت الجامعة الدراسة اليوم.', 'result')).toBe(false);
  });
});
