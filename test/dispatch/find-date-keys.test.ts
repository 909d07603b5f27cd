import { describe, expect, it } from 'vitest';
import { findDateKeys } from '../../src/dispatch/find-date-keys.js';
import { numberWeight } from '../../src/dispatch/find-number-keys.js';

describe('findDateKeys', () => {
  it('keys a day and month the same in both languages, either order, abbreviated or not', () => {
    const en = findDateKeys('fishing is banned from April 15 to July 31, the authority said', '2026-02-15');
    const ar = findDateKeys('حظر الصيد من 15 أبريل حتى 31 يوليو', '2026-02-15');
    expect(en).toEqual(['15/4', '31/7']);
    expect(ar).toEqual(en);
    expect(findDateKeys('on 5 May and Feb. 3', '2026-01-01')).toEqual(['3/2', '5/5']);
    expect(findDateKeys('في ١٥ نيسان', '2026-01-01')).toEqual(['15/4']);
  });

  it('keys each day of a span', () => {
    expect(findDateKeys('in the week from March 15 to 19, the ministry said', '2026-03-26')).toEqual(['15/3', '19/3']);
    expect(findDateKeys('خلال الأسبوع من 15 إلى 19 مارس الجاري', '2026-03-26')).toEqual(['15/3', '19/3']);
  });

  it('leaves out the dispatch\'s own day and the days beside it, a month with no day, and `may` the verb', () => {
    expect(findDateKeys('Eid falls tomorrow, March 20, and the equinox on 19 March', '2026-03-19')).toEqual([]);
    expect(findDateKeys('in May 2026 prices 12 may be cut', '2026-01-01')).toEqual([]);
  });

  it('weighs a shared date with its day as one figure from 100 up', () => {
    expect(numberWeight('15/4') + numberWeight('15')).toBe(numberWeight('250'));
  });
});
