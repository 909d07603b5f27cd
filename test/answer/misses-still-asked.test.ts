import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { asksStill, tellsStill } from '../../src/answer/misses-still-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';

const asked = (question: string) => {
  const type = answerTypeOf(question);
  return { question, type, concepts: weighConcepts(expandQuery(question), question, undefined, 10, type) };
};
const story = (told: readonly string[]) => ({ text: told[0] as string, told, parallel: '', around: told });

describe('near misses: a current state asked, a story telling nothing of now', () => {
  it('reads "still" asked in both languages and the Gulf forms', () => {
    expect(asksStill('how many children are still in hospital?')).toBe(true);
    expect(asksStill('كم طفلا ما زال في المستشفى؟')).toBe(true);
    expect(asksStill('كم واحد لا يزالون في العناية؟')).toBe(true);
    expect(asksStill('كم مريض للحين على قائمة الانتظار؟')).toBe(true);
    expect(asksStill('كم مريض دخل المستشفى؟')).toBe(false);
  });

  it('takes "still", "remain", "currently" and their Arabic for a current state told', () => {
    expect(tellsStill(['2,600 shops were still cash-only in the last survey.'])).toBe(true);
    expect(tellsStill(['وقال إن ثلاثة أطفال ما زالوا في العناية المركزة.'])).toBe(true);
    expect(tellsStill(['وتبقى الإعفاءات سارية حتى تاريخ انتهائها.'])).toBe(true);
    expect(tellsStill(['وقالت إن 14 طفلا أدخلوا المستشفى.'])).toBe(false);
  });

  it('is one of the near-miss checks, for a count asked', () => {
    const admitted = ['عالج المركز 96 طفلا خلال شهر يوليو.', 'وقالت إن 14 طفلا منهم أدخلوا المستشفى.'];
    expect(nearMissOf(asked('كم طفلا ما زال في المستشفى؟'))(story(admitted))).toBe(true);
    expect(nearMissOf(asked('كم طفلا ما زال في المستشفى؟'))(story(['وقالت إن 14 طفلا ما زالوا في المستشفى.', ...admitted]))).toBe(false);
    expect(nearMissOf(asked('كم طفلا دخل المستشفى؟'))(story(admitted))).toBe(false);
  });
});
