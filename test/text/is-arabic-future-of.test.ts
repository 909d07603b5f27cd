import { describe, expect, it } from 'vitest';
import { isArabicFutureOf } from '../../src/text/is-arabic-future-of.js';

describe('the future of an Arabic verb asked in the present', () => {
  it('reads the future with the same person prefix or another', () => {
    expect(isArabicFutureOf('سيوزع', 'يوزع')).toBe(true);
    expect(isArabicFutureOf('ستكرم', 'يكرم')).toBe(true);
    expect(isArabicFutureOf('سنفتتح', 'تفتتح')).toBe(true);
  });

  it('takes no other word for a future', () => {
    expect(isArabicFutureOf('يوزع', 'يوزع')).toBe(false);
    expect(isArabicFutureOf('سيوزع', 'توزيع')).toBe(false);
    expect(isArabicFutureOf('ستة', 'تة')).toBe(false);
    expect(isArabicFutureOf('ستين', 'تين')).toBe(false);
  });
});
