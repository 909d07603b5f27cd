import { describe, expect, it } from 'vitest';
import { tellsOtherLevel } from '../../src/answer/tells-other-level.js';

// Sentences written for this test.
describe('near misses: a contest of another reach than the one asked', () => {
  it('tells a passage of the regional contest only, asked the national one, and the reverse, in either language', () => {
    expect(tellsOtherLevel('who won the 70 kg at the national karate championship?', ['Kuwait won the 70 kg gold at the Asian Karate Championship in Tashkent.'])).toBe(true);
    expect(tellsOtherLevel('منو فاز بوزن 70 في البطولة المحلية للكاراتيه؟', ['أحرز لاعبنا ذهبية وزن 70 كيلوغراما في البطولة الآسيوية للكاراتيه.'])).toBe(true);
    expect(tellsOtherLevel('who won the Gulf karate championship?', ['Qadsia won the national karate championship on Friday.'])).toBe(true);
  });

  it('reads a contest named after a listed agency\'s home country as the national one', () => {
    expect(tellsOtherLevel('who won at the national karate championship?', ['Qadsia won the 70 kg at the Kuwait Open Karate Championship; its winners go to the Asian Karate Championship.'])).toBe(false);
    expect(tellsOtherLevel('منو فاز في البطولة المحلية للكاراتيه؟', ['توج لاعب القادسية بلقب بطولة قطر المفتوحة للكاراتيه، ويشارك الفائزون في البطولة الآسيوية.'])).toBe(false);
    expect(tellsOtherLevel('who won at the Asian karate championship?', ['Qadsia won the 70 kg at the UAE Open Karate Championship.'])).toBe(true);
  });

  it('leaves a passage telling the contest asked, one naming no reach, and a "national team"', () => {
    expect(tellsOtherLevel('who won at the national karate championship?', ['Qadsia won the national karate championship; its winners go to the Asian Karate Championship.'])).toBe(false);
    expect(tellsOtherLevel('who won at the national karate championship?', ['Qadsia won the karate title on Friday.'])).toBe(false);
    expect(tellsOtherLevel('who won at the Asian karate championship?', ["Kuwait's national team beat Oman on Friday."])).toBe(false);
  });
});
