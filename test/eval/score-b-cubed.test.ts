import { describe, expect, it } from 'vitest';
import { scoreBCubed } from '../../eval/score-b-cubed.js';

const gold = new Map([
  ['a', 'G1'],
  ['b', 'G1'],
  ['c', 'G1'],
  ['d', 'G2'],
  ['e', 'G2'],
]);

// Computed by hand, item by item (precision = |pred ∩ gold| / |pred|, recall = |pred ∩ gold| / |gold|).
describe('scoreBCubed', () => {
  it('scores a split cluster and a wrong merge', () => {
    const predicted = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);
    // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15
    expect(scoreBCubed(gold, predicted)).toEqual({ items: 5, precision: 0.733, recall: 0.733, f1: 0.733 });
  });

  it('charges everything merged in precision only, everything apart in recall only', () => {
    const merged = new Map([...gold.keys()].map((item) => [item, 'one']));
    // precision: 3/5 three times, 2/5 twice → 13/25; F1 = 2·0.52/1.52
    expect(scoreBCubed(gold, merged)).toEqual({ items: 5, precision: 0.52, recall: 1, f1: 0.684 });
    const apart = new Map([...gold.keys()].map((item) => [item, item]));
    // recall: 1/3 three times, 1/2 twice → 2/5
    expect(scoreBCubed(gold, apart)).toEqual({ items: 5, precision: 1, recall: 0.4, f1: 0.571 });
  });

  it('averages over a subset while a merge across subsets still costs', () => {
    const predicted = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);
    // d and e: precision 2/3 each (c, from the other subset, shares their cluster), recall 1
    expect(scoreBCubed(gold, predicted, ['d', 'e'])).toEqual({ items: 2, precision: 0.667, recall: 1, f1: 0.8 });
  });

  it('is perfect on the gold clustering and refuses an unlabelled item', () => {
    expect(scoreBCubed(gold, gold)).toEqual({ items: 5, precision: 1, recall: 1, f1: 1 });
    expect(() => scoreBCubed(gold, new Map([['a', 'x']]))).toThrow(/b lacks/);
  });
});
