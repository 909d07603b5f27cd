import { describe, expect, it } from 'vitest';
import { asksStill, tellsStill } from '../../src/answer/misses-still-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';


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
    expect(nearMissOf(nearMissQuestion('كم طفلا ما زال في المستشفى؟'))(toldStory(admitted))).toBe(true);
    expect(nearMissOf(nearMissQuestion('كم طفلا ما زال في المستشفى؟'))(toldStory(['وقالت إن 14 طفلا ما زالوا في المستشفى.', ...admitted]))).toBe(false);
    expect(nearMissOf(nearMissQuestion('كم طفلا دخل المستشفى؟'))(toldStory(admitted))).toBe(false);
  });
});
