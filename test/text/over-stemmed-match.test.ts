import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { isOverStemmedMatch } from '../../src/text/over-stemmed-match.js';

const tokensOf = (question: string) => expandQuery(question).groups.flat(2);

describe('isOverStemmedMatch', () => {
  it('tells a two-letter stem shared by unrelated words from the concept\'s own word', () => {
    expect(analyseText('سريان')).toEqual(['سر']);
    expect(isOverStemmedMatch('سر', 'سر', ['take effect', 'سريان', 'يسري'])).toBe(true);
    expect(isOverStemmedMatch('حد', 'الحد', ['unit', 'وحدة', 'وحدات'])).toBe(true);
    expect(isOverStemmedMatch('حد', 'الوحدات', ['unit', 'وحدة', 'وحدات'])).toBe(false);
    expect(isOverStemmedMatch('جو', 'بالجو', ['weather', 'الجو', 'جوية'])).toBe(false);
    expect(isOverStemmedMatch('قو', 'للقوات', ['troops', 'قوات', 'القوات'])).toBe(false);
  });

  it('tells a three-letter stem the stemmer reached by cutting two suffixes from the concept\'s own word', () => {
    expect(analyseText('الكافيين')).toEqual(analyseText('كافيه'));
    expect(isOverStemmedMatch('كاف', 'الكافيين', ['cafe', 'مقهى', 'كافيه'])).toBe(true);
    expect(isOverStemmedMatch('كاف', 'كافيه', ['cafe', 'مقهى', 'كافيه'])).toBe(false);
    expect(isOverStemmedMatch('دول', 'الدوليين', ['countries', 'دول', 'الدول'])).toBe(true);
    // Cut once, a three-letter stem is the stemmer's to judge.
    expect(isOverStemmedMatch('دول', 'الدولي', ['countries', 'دول', 'الدول'])).toBe(false);
    expect(tokensOf('كم ملليغراما من الكافيين؟')).not.toContain('cafe');
    expect(tokensOf('كم كافيه في الكويت؟')).toContain('cafe');
  });

  it('leaves longer stems and Latin words to the stemmer', () => {
    expect(isOverStemmedMatch('بطول', 'البطولة', ['championship', 'بطولة'])).toBe(false);
    expect(isOverStemmedMatch('up', 'up', ['up'])).toBe(false);
  });

  it('keeps "secretary" and "the maximum" out of "coming into force" and "unit"', () => {
    expect(tokensOf('منو أمين سر الاتحاد؟')).not.toContain('نفاذ');
    expect(tokensOf('كم الحد الأقصى؟')).not.toContain('unit');
    expect(tokensOf('متى سريان القرار؟')).toContain('نفاذ');
    expect(tokensOf('كم وحدة سكنية؟')).toContain('unit');
  });
});
