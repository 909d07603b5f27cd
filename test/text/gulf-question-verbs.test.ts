import { describe, expect, it } from 'vitest';
import { verbAfterWhat } from '../../src/text/gulf-question-verbs.js';

describe('verbAfterWhat', () => {
  it.each([
    ['شقال', 'قال'],
    ['شقالت', 'قالت'],
    ['شقالوا', 'قالوا'],
    ['شقررت', 'قررت'],
    ['شقرروا', 'قرروا'],
    ['شأعلنت', 'أعلنت'],
    ['شسوي', 'سوي'],
    ['شسوا', 'سوا'],
    ['شسووا', 'سووا'],
    ['شيسوون', 'يسوون'],
    ['شبيسوون', 'بيسوون'],
    ['شصار', 'صار'],
    ['شحصل', 'حصل'],
    ['شفيها', 'فيها'],
  ])('reads %s as the dialect\u2019s شو glued to %s', (word, verb) => {
    expect(verbAfterWhat(word)).toBe(verb);
  });

  it.each(['شارك', 'شاركوا', 'شافوا', 'شرح', 'شالوا', 'شباب', 'شملهم', 'شحنة', 'شكلوا', 'شنو', 'شلون', 'شهر', 'قال', 'شفي'])(
    'leaves %s: a word of its own that begins with ش',
    (word) => {
      expect(verbAfterWhat(word)).toBeUndefined();
    },
  );
});
