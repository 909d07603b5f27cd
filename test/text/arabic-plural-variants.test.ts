import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { pluralVariants } from '../../src/text/arabic-plural-variants.js';

const vocabulary = (...words: string[]) => {
  const held = new Set(words.map((word) => analyseText(word)[0] as string));
  return (term: string) => held.has(term);
};
const token = (word: string) => analyseText(word)[0] as string;

describe('pluralVariants', () => {
  it('finds the stored singular of a broken plural, and the stored plural of a singular', () => {
    expect(pluralVariants(token('الحدائق'), vocabulary('حديقة'))).toEqual([token('حديقة')]);
    expect(pluralVariants(token('الرسائل'), vocabulary('رسالة'))).toEqual([token('رسالة')]);
    expect(pluralVariants(token('المدارس'), vocabulary('مدرسة'))).toEqual([token('مدرسة')]);
    expect(pluralVariants(token('المشاريع'), vocabulary('مشروع'))).toEqual([token('مشروع')]);
    expect(pluralVariants(token('حديقة'), vocabulary('حدائق'))).toEqual([token('حدائق')]);
  });

  it('also for a plural the store holds: the announcement writes the plural, the update counts the singular', () => {
    expect(pluralVariants(token('الحدائق'), vocabulary('حدائق', 'حديقة'))).toEqual([token('حديقة')]);
  });

  it('gives only forms the store holds, and no singular of the active participle’s shape', () => {
    expect(pluralVariants(token('الحدائق'), vocabulary('مدرسة'))).toEqual([]);
    expect(pluralVariants(token('العوامل'), vocabulary('عامل'))).toEqual([]);
    expect(pluralVariants('park', () => true)).toEqual([]);
  });
});
