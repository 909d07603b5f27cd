import { describe, expect, it } from 'vitest';
import { findNumberKeys, numberWeight } from '../../src/dispatch/find-number-keys.js';

describe('findNumberKeys', () => {
  it('reads the same figures from Arabic and English copy', () => {
    const en = findNumberKeys('the index rose 51.7 points, or 0.64 percent, to 8,093.25 points in 17,312 deals');
    const ar = findNumberKeys('ارتفع المؤشر 51ر7 نقطة بنسبة 0ر64 في المئة ليبلغ 8093ر25 نقطة عبر 17312 صفقة');
    expect(en).toEqual(['0.64', '17312', '51.7', '8093.25']);
    expect(ar).toEqual(en);
  });

  it('maps Arabic-Indic digits and the Arabic decimal and thousands marks', () => {
    expect(findNumberKeys('بقوة ٦٫٢ درجة و١٢٬٥٠٠ شخص')).toEqual(['12500', '6.2']);
  });

  it('scales a figure written with ألف or thousand, drops trailing decimal zeros and single digits', () => {
    expect(findNumberKeys('نحو 315 ألف برميل')).toEqual(['315', '315000']);
    expect(findNumberKeys('some 315,000 barrels, 3 ships, 7,240.0 points')).toEqual(['315000', '7240']);
  });

  it('weighs a decimal or a large figure more than a small one or a year', () => {
    expect(numberWeight('48.3')).toBe(1);
    expect(numberWeight('315000')).toBe(1);
    expect(numberWeight('27')).toBe(0.5);
    expect(numberWeight('2029')).toBe(0.5);
  });
});
