import { describe, expect, it } from 'vitest';
import { endsInTaMarbuta, possessiveVariants, taMarbutaTokens } from '../../src/text/arabic-possessive-variants.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('possessiveVariants', () => {
  const holds = (term: string) => ['غرام', 'غرامت', 'قيمت', 'بلغت', 'قالت'].includes(term);

  it('offers the open ta of a noun under a pronoun when the store holds it', () => {
    expect(possessiveVariants('غرام', holds)).toEqual(['غرامت']);
    expect(possessiveVariants('قيم', holds)).toEqual(['قيمت']);
  });

  it('offers nothing the store does not hold, nothing of two letters, nothing after a ta, nothing Latin', () => {
    expect(possessiveVariants('سيار', holds)).toEqual([]);
    expect(possessiveVariants('قو', holds)).toEqual([]);
    expect(possessiveVariants('غرامت', holds)).toEqual([]);
    expect(possessiveVariants('fine', holds)).toEqual([]);
  });

  it('knows which words were written with their ta marbuta', () => {
    expect(endsInTaMarbuta('غرامة')).toBe(true);
    expect(endsInTaMarbuta('غرامات')).toBe(false);
    expect(endsInTaMarbuta('fine')).toBe(false);
    expect([...taMarbutaTokens('كم قيمة المخالفة التي بلغ عددها')]).toEqual(['قيم', 'مخالف']);
  });

  it('lets the question’s noun find the wire’s under a pronoun, and leaves a verb alone', () => {
    const names = buildNameVocabulary(['غرامت', 'بلغت', 'fine']);
    expect(expandQuery('كم قيمة الغرامة؟', { names }).groups.some((group) => group.some((phrase) => phrase.join(' ') === 'غرامت'))).toBe(true);
    expect(expandQuery('كم بلغ العدد؟', { names }).groups).toContainEqual([['بلغ']]);
    expect(expandQuery('how much is the fine?', { names }).groups.some((group) => group.some((phrase) => phrase.join(' ') === 'غرامت'))).toBe(true);
  });
});
