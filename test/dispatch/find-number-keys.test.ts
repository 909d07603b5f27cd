import { describe, expect, it } from 'vitest';
import { findNumberKeys, numberWeight } from '../../src/dispatch/find-number-keys.js';

describe('findNumberKeys', () => {
  it('reads the same figures from Arabic and English copy', () => {
    const en = findNumberKeys('the index rose 51.7 points, or 0.64 percent, to 8,093.25 points in 17,312 deals');
    const ar = findNumberKeys('ارتفع المؤشر 51ر7 نقطة بنسبة 0ر64 في المئة ليبلغ 8093ر25 نقطة عبر 17312 صفقة');
    expect(en).toEqual(['0.64', '17312', '51.7', '8093.25']);
    expect(ar).toEqual(expect.arrayContaining(en));
  });

  it('reads the wire\'s ر mark in both orders: fraction-first copy keys the figure the English version prints', () => {
    const ar = findNumberKeys('بلغت قيمة التداولات 6ر312 مليون دينار منها 4ر168 مليون للسكن وسعر الغرام 250ر31 دينار');
    expect(ar).toEqual(expect.arrayContaining(['312.6', '168.4', '31.25']));
    // integer-first copy still keys its own reading
    expect(findNumberKeys('ارتفع 51ر7 نقطة')).toEqual(['51.7', '7.51']);
  });

  it('keys only one reading of a ر figure whose reverse is no decimal, and of `.` and `٫` figures', () => {
    expect(findNumberKeys('بنسبة 0ر64 في المئة')).toEqual(['0.64']);
    expect(findNumberKeys('rose 6.312 points')).toEqual(['6.312']);
    expect(findNumberKeys('بقوة ٦٫٢ درجة')).toEqual(['6.2']);
  });

  it('reads a figure a comma follows as punctuation (`from March 15 to 19, the ministry`), not only one it groups', () => {
    expect(findNumberKeys('in the week from March 15 to 19, the ministry said, and 88 deals, 1,250 plots')).toEqual(['1250', '15', '19', '88']);
    expect(findNumberKeys('خلال الأسبوع من 15 إلى 19 مارس')).toEqual(['15', '19']);
  });

  it('maps Arabic-Indic digits and the Arabic decimal and thousands marks', () => {
    expect(findNumberKeys('بقوة ٦٫٢ درجة و١٢٬٥٠٠ شخص')).toEqual(['12500', '6.2']);
  });

  it('keys a single-digit rate in either language as a percentage, weighed as a figure with its unit', () => {
    const en = findNumberKeys('the assembly approved a 7 percent dividend and a 3% rise in 4 branches');
    const ar = findNumberKeys('وافقت الجمعية على توزيع أرباح بنسبة 7 في المئة وزيادة 3٪ في 4 أفرع');
    expect(en).toEqual(['3%', '7%']);
    expect(ar).toEqual(['3%', '7%']);
    expect(findNumberKeys('نمو 5 بالمئة و6 per cent')).toEqual(['5%', '6%']);
    expect(numberWeight('7%')).toBe(1);
  });

  it('reads the per cent words a share is told by (PER_CENT_PATTERN): "pct" and a per cent glued to its figure too', () => {
    expect(findNumberKeys('output fell 4 pct and costs rose 6percent')).toEqual(['4%', '6%']);
    expect(findNumberKeys('a 2 percentage point cut')).toEqual([]);
  });

  it('scales a figure written with ألف or thousand, drops trailing decimal zeros and single digits', () => {
    expect(findNumberKeys('نحو 315 ألف برميل')).toEqual(['315', '315000']);
    expect(findNumberKeys('some 315,000 barrels, 3 ships, 7,240.0 points')).toEqual(['315000', '7240']);
  });

  it('scales a figure written with a million or its decimals as figuresIn does, a single digit too, and no word a scale word starts', () => {
    expect(findNumberKeys('some 1.5 million visitors')).toEqual(['1.5', '1500000']);
    expect(findNumberKeys('نحو 1,500,000 زائر')).toEqual(['1500000']);
    expect(findNumberKeys('جائزة قدرها 5 آلاف دينار')).toEqual(['5000']);
    expect(findNumberKeys('بلغ عددهم 30 ألفا')).toEqual(['30', '30000']);
    expect(findNumberKeys('كرم 25 الفائزين')).toEqual(['25']);
  });

  it('weighs a decimal or a large figure more than a small one or a year', () => {
    expect(numberWeight('48.3')).toBe(1);
    expect(numberWeight('315000')).toBe(1);
    expect(numberWeight('27')).toBe(0.5);
    expect(numberWeight('2029')).toBe(0.5);
  });
});
