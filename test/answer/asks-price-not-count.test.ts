import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { asksPriceNotCount } from '../../src/answer/asks-price-not-count.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';

const asksMoney = (question: string) => weighConcepts(expandQuery(question), question, undefined, 10, answerTypeOf(question)).money === true;

describe('a verb of selling in a question that counts a thing', () => {
  it('asks a count, not a price: "how many dogs went for the boy"', () => {
    expect(asksPriceNotCount('i want to know how many dogs went for the boy')).toBe(false);
    expect(asksMoney('i want to know how many dogs went for the boy')).toBe(false);
    expect(asksMoney('how many tickets were sold for the concert?')).toBe(false);
  });

  it('asks a price after "how much", or of a currency counted', () => {
    expect(asksPriceNotCount('how much did the old painting go for?')).toBe(true);
    expect(asksMoney('how much did the old painting go for?')).toBe(true);
    expect(asksPriceNotCount('how much is a ticket?')).toBe(true);
    expect(asksPriceNotCount('how many dinars did the painting go for?')).toBe(true);
  });

  it('leaves an Arabic `كم` asking the money of a prize', () => {
    expect(asksPriceNotCount('كم جائزة الفايز ببطولة التزلج على الرمال؟')).toBe(true);
    expect(asksMoney('كم جائزة الفايز ببطولة التزلج على الرمال؟')).toBe(true);
  });
});
