import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { inflectionVariants } from '../../src/text/arabic-inflection-variants.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

const vocabulary = (...terms: string[]) => {
  const held = new Set(terms);
  return (term: string) => held.has(term);
};
const token = (word: string) => analyseText(word)[0] as string;

describe('inflectionVariants', () => {
  it('finds the stored stem of a reader\'s inflected verb: they, they-it, we, the imperfect', () => {
    expect(token('رفعوه')).toBe('رفعو');
    expect(inflectionVariants(token('رفعوه'), vocabulary('رفع'))).toEqual(['رفع']);
    expect(inflectionVariants(token('أغلقوا'), vocabulary('اغلق'))).toEqual(['اغلق']);
    expect(inflectionVariants(token('سمعنا'), vocabulary('سمع'))).toEqual(['سمع']);
    expect(inflectionVariants(token('يصرفون'), vocabulary('صرف'))).toEqual(['صرف']);
  });

  it('takes off an object pronoun and the person ending before it: they rescued them', () => {
    expect(token('أنقذوهم')).toBe('انقذوهم');
    expect(inflectionVariants(token('أنقذوهم'), vocabulary('انقذ'))).toEqual(['انقذ']);
    expect(inflectionVariants(token('شفناهم'), vocabulary('شف'))).toEqual([]);
  });

  it('leaves a word the store holds as it is: it is the wire\'s own word', () => {
    expect(inflectionVariants('اغلقوا', vocabulary('اغلقوا', 'اغلق'))).toEqual([]);
  });

  it('offers only forms the store holds, never a preposition, never a stem under three letters', () => {
    expect(inflectionVariants(token('رفعوه'), vocabulary())).toEqual([]);
    // حولوا "they diverted" is not حول "about"
    expect(inflectionVariants(token('حولوا'), vocabulary('حول'))).toEqual([]);
    expect(inflectionVariants('قلنا', vocabulary('قل'))).toEqual([]);
  });

  it('finds the Form II verbal noun the wire writes for a reader\'s inflected verb, with its stored proclitics', () => {
    // حوّلوا "they diverted" → تحويل, بتحويل "diverting"; سجّلت → تسجيل
    expect(inflectionVariants(token('حولوا'), vocabulary('حول', 'بتحويل'))).toEqual(['بتحويل']);
    expect(inflectionVariants(token('حولوا'), vocabulary('تحويل', 'لتحويل'))).toEqual(['تحويل', 'لتحويل']);
    expect(inflectionVariants(token('سجلت'), vocabulary('تسجيل'))).toEqual(['تسجيل']);
  });

  it('reads no verbal noun into a word with no verb ending or person prefix (a licence is not “licensed”)', () => {
    expect(inflectionVariants(token('رخصة'), vocabulary('ترخيص'))).toEqual([]);
    expect(inflectionVariants(token('حولوا'), vocabulary('تحول'))).toEqual([]);
  });

  it('leaves Latin tokens and numbers alone', () => {
    expect(inflectionVariants('closed', vocabulary('close'))).toEqual([]);
    expect(inflectionVariants('2026', vocabulary('202'))).toEqual([]);
  });
});

describe('expandQuery with inflected Arabic verbs', () => {
  it('looks a verb the store does not hold up by the stem it does', () => {
    const names = buildNameVocabulary(['رفع', 'علم', 'ساح']);
    const groups = expandQuery('متى رفعوه', { names }).groups;
    expect(groups).toContainEqual([['رفعو'], ['رفع']]);
    // without the store's vocabulary nothing is guessed
    expect(expandQuery('متى رفعوه').groups).toContainEqual([['رفعو']]);
  });
});
