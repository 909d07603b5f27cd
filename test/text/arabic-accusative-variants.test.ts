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

describe('the accusative in `يا` of a word written with a final `ي`', () => {
  const holds = (term: string) => ['قاضيا', 'جامعيا', 'كرسيا'].includes(term);

  it('offers `قاضيا` for `قاض` written `قاضي`, never for a feminine `ية` or an unwritten word', () => {
    expect(accusativeVariants('قاض', holds, 'قاضي')).toEqual(['قاضيا']);
    expect(accusativeVariants('قاض', holds, 'القاضي')).toEqual(['قاضيا']);
    expect(accusativeVariants('جامع', holds, 'الجامعية')).toEqual([]);
    expect(accusativeVariants('جامع', holds, 'جامعة')).toEqual([]);
    expect(accusativeVariants('قاض', holds)).toEqual([]);
  });

  it('lets a count asked with the `ي` meet the wire’s accusative, and a feminine adjective not', () => {
    const names = buildNameVocabulary(['قاضيا', 'جامعيا', 'محكم', 'جامع']);
    const groups = (text: string) => expandQuery(text, { names }).groups.flat().map((phrase) => phrase.join(' '));
    expect(groups('كم قاضي عينت المحكمة؟')).toContain('قاضيا');
    expect(groups('متى تفتح المدينة الجامعية؟')).not.toContain('جامعيا');
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
