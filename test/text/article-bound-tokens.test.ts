import { describe, expect, it } from 'vitest';
import { articleBoundTokens } from '../../src/text/article-bound-tokens.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

const tokensOf = (groups: string[][][]) => groups.flat(2);

describe('articleBoundTokens', () => {
  it('holds the tokens of words written with the article, alone or after a conjunction or preposition', () => {
    expect(articleBoundTokens('كم رسوم توصيل البطاقة المدنية؟')).toEqual(new Set(['بطاق', 'مدن']));
    expect(articleBoundTokens('وبالبطاقة وللشركة')).toEqual(new Set(['بطاق', 'شرك']));
  });

  it('leaves out a token the text also writes without the article, and every English word', () => {
    expect(articleBoundTokens('البطاقة وبطاقة')).toEqual(new Set());
    expect(articleBoundTokens('the civil ID card')).toEqual(new Set());
  });
});

describe('expandQuery: no proclitic taken off a word written with the article', () => {
  // The store holds both `بطاق` (card) and `طاق` (of الطاقة, energy).
  const names = buildNameVocabulary(['بطاق', 'طاق', 'لبطاق', 'مدن']);

  it('reads البطاقة as card, never as ب + طاقة (energy)', () => {
    const tokens = tokensOf(expandQuery('كم رسوم توصيل البطاقة المدنية؟', { names }).groups);
    expect(tokens).toContain('بطاق');
    expect(tokens).toContain('لبطاق');
    expect(tokens).not.toContain('طاق');
    expect(tokens).not.toContain('energy');
  });

  it('still takes a bare preposition off a word without the article', () => {
    expect(tokensOf(expandQuery('شو صار بطاقة', { names }).groups)).toContain('طاق');
  });

  it('changes nothing for an English question', () => {
    expect(expandQuery('how much does the civil ID card delivery cost?', { names }).groups).toEqual(expandQuery('how much does civil ID card delivery cost?', { names }).groups);
  });
});
