import { describe, expect, it } from 'vitest';
import { moreAfterNoun } from '../../src/answer/more-after-noun.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';

const more = analyseText('زيادة');
const criticalOf = (question: string) => weighConcepts(expandQuery(question), question, undefined, 10, null).list.find((c) => c.group.some((phrase) => phrase.join(' ') === more.join(' ')))?.critical;

describe('the Gulf "more" after a noun', () => {
  it('is read after the noun it counts, at the end, before a verb or a preposition', () => {
    expect(moreAfterNoun('هل جابوا كراسي زيادة للحديقة؟')).toEqual(more);
    expect(moreAfterNoun('بيفتحون فصول زيادة؟')).toEqual(more);
    expect(moreAfterNoun('كم باص زيادة بيشغلون؟')).toEqual(more);
  });

  it('is not the noun "increase": with the article, after a particle or an asking word, or completing a rate or a cause', () => {
    expect(moreAfterNoun('متى تبدأ الزيادة؟')).toEqual([]);
    expect(moreAfterNoun('كم زيادة الأجور هالسنة؟')).toEqual([]);
    expect(moreAfterNoun('شنو نسبة زيادة الزوار؟')).toEqual([]);
    expect(moreAfterNoun('شنو سبب زيادة الأسعار؟')).toEqual([]);
    expect(moreAfterNoun('سألوا عن زيادة الرسوم')).toEqual([]);
  });

  it('frames the asking, as English "more" does: no passage has to tell an increase', () => {
    expect(criticalOf('هل جابوا كراسي زيادة للحديقة؟')).toBe(false);
    expect(criticalOf('شنو سبب زيادة الأسعار؟')).toBe(true);
  });
});
