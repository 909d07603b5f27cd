import { describe, expect, it } from 'vitest';
import { figuresTold } from '../../src/answer/fact-in-other-version.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';
import { ARABIC_DUAL } from '../../src/text/arabic-duals.js';

// Our own sentences: a meeting, a delay, a fair.
describe('ARABIC_DUAL: a dual that counts two', () => {
  it.each([
    ['التقى وزيران من البلدين في المعرض', true],
    ['استمر الاجتماع ساعتين', true],
    ['تأجل الافتتاح مرتين خلال اليومين الماضيين', true],
    ['بلغت قيمة الصفقة مليونان دينار', true],
    ['شارك لاعبان من النادي', true],
    ['شارك لاعبين من النادي', false],
    ['زار الوفد لبنان وعمان يوم الاثنين', false],
  ])('"%s": %s', (text, dual) => {
    expect(ARABIC_DUAL.test(normaliseArabic(text))).toBe(dual);
  });

  it('counts a dual among the figures a text tells, as the other version writes "two"', () => {
    expect(figuresTold('استمر الاجتماع ساعتين')).toEqual(figuresTold('the meeting lasted two hours'));
    expect([...figuresTold('التقى وزيران في المعرض')]).toEqual(['2']);
  });
});
