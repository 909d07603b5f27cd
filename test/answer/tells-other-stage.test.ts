import { describe, expect, it } from 'vitest';
import { asksFinal, asksLastStage, asksResult, tellsEarlierStage } from '../../src/answer/tells-other-stage.js';

// Sentences written for this test.
describe('near misses: an earlier stage than the final asked', () => {
  it('reads a question as asking the final or the whole contest, not an earlier stage', () => {
    expect(asksLastStage('who won the final?')).toBe(true);
    expect(asksLastStage('who won the Gulf youth volleyball championship?')).toBe(true);
    expect(asksLastStage('منو فاز بلقب بطولة الخليج للطائرة؟')).toBe(true);
    expect(asksLastStage('مين فاز بالنهائي أمس؟')).toBe(true);
    expect(asksLastStage('who won the semi-final?')).toBe(false);
    expect(asksLastStage('منو فاز في نصف النهائي؟')).toBe(false);
    expect(asksLastStage('who won bronze in the pool?')).toBe(false);
  });

  it('tells a semi-final, an opening game, a round, in either language', () => {
    expect(tellsEarlierStage(['Kuwait beat Bahrain 3-1 in the semi-final on Tuesday.'])).toBe(true);
    expect(tellsEarlierStage(["Kuwait's volleyball team beat Oman 3-0 in their opening game of the Gulf championship."])).toBe(true);
    expect(tellsEarlierStage(['فاز منتخب الكويت للطائرة على نظيره العماني في الجولة الأولى من البطولة.'])).toBe(true);
    expect(tellsEarlierStage(['تأهل منتخب الكويت إلى الدور نصف النهائي بعد فوزه على عمان.'])).toBe(true);
  });

  it('reads the final told as still to come as an earlier stage told: reached, to meet in, tomorrow', () => {
    expect(tellsEarlierStage(['Kuwait reached the final with a 3-1 win over Bahrain.'])).toBe(true);
    expect(tellsEarlierStage(['تأهل منتخب الكويت إلى المباراة النهائية بعد فوزه على البحرين.'])).toBe(true);
    expect(tellsEarlierStage(['ويلتقي المنتخب في النهائي غدا نظيره القطري.'])).toBe(true);
  });

  it('leaves a passage telling the final played or the title won', () => {
    expect(tellsEarlierStage(['Qatar won the title, beating Kuwait 3-2 in the final on Friday.'])).toBe(false);
    expect(tellsEarlierStage(['Kuwait reached the final by beating Oman in the semi-final and went on to win the title.'])).toBe(false);
    expect(tellsEarlierStage(['توج منتخب قطر بلقب البطولة بعد فوزه في المباراة النهائية على الكويت.'])).toBe(false);
    expect(tellsEarlierStage(['Qatar beat Kuwait 3-2 on Friday.'])).toBe(false);
  });

  it('reads a question asking the result or the score', () => {
    expect(asksResult('what was the score in the final?')).toBe(true);
    expect(asksResult('كم كانت النتيجة في النهائي؟')).toBe(true);
    expect(asksResult('who scored in the final?')).toBe(false);
  });
});

describe('the score of a final asked, not of a game of the contest', () => {
  it('reads the final named, not the contest only, and the third-place match as an earlier stage', () => {
    expect(asksFinal('what was the score in the final of the Gulf cup?')).toBe(true);
    expect(asksFinal('what was the score of the first match of the league?')).toBe(false);
    expect(asksFinal('شنو نتيجة أول مباراة في الدوري؟')).toBe(false);
    expect(tellsEarlierStage(['Kuwait won bronze, beating Jordan 5-4 in the third-place match.'])).toBe(true);
    expect(tellsEarlierStage(['أحرز المنتخب البرونزية بفوزه على الأردن في مباراة تحديد المركز الثالث.'])).toBe(true);
    expect(tellsEarlierStage(['حل منتخب الكويت في المركز الثالث.'])).toBe(false);
  });
});
