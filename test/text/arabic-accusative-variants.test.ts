import { describe, expect, it } from 'vitest';
import { accusativeVariants, withoutAccusative } from '../../src/text/arabic-accusative-variants.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('accusativeVariants', () => {
  const holds = (term: string) => ['مخيم', 'مخيما', 'كثيرا', 'دعوا', 'جدا'].includes(term);

  it('joins a noun and its accusative with the tanwin’s alif, both ways, when the store holds the other', () => {
    expect(accusativeVariants('مخيم', holds)).toEqual(['مخيما']);
    expect(accusativeVariants('مخيما', holds)).toEqual(['مخيم']);
    expect(accusativeVariants('كثير', holds)).toEqual(['كثيرا']);
  });

  it('offers nothing the store does not hold, nothing after a long vowel, nothing of two letters, no Latin', () => {
    expect(accusativeVariants('مدرس', holds)).toEqual([]);
    expect(accusativeVariants('دعو', holds)).toEqual([]);
    expect(accusativeVariants('جد', holds)).toEqual([]);
    expect(accusativeVariants('camp', holds)).toEqual([]);
  });

  it('lets a question’s plural find the wire’s accusative', () => {
    const names = buildNameVocabulary(['مخيما', 'مخيم', 'بلد']);
    expect(expandQuery('ماذا فعلت البلدية بالمخيمات؟', { names }).groups).toContainEqual([['مخيم'], ['مخيما']]);
  });
});

describe('withoutAccusative', () => {
  it('reads the stem under the accusative alif by the same rule the query’s variants follow (counted-nouns.ts uses it)', () => {
    expect(withoutAccusative('مخيما')).toBe('مخيم');
    expect(withoutAccusative('مخيم')).toBeUndefined();
    expect(withoutAccusative('دعوا')).toBeUndefined();
    expect(withoutAccusative('جدا')).toBeUndefined();
    expect(withoutAccusative('2024ا')).toBeUndefined();
  });
});
