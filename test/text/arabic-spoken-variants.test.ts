import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { finalHamzaForms, spokenVariants } from '../../src/text/arabic-spoken-variants.js';
import { expandQuery } from '../../src/text/expand-query.js';
import type { NameVocabulary } from '../../src/text/name-vocabulary.js';

const vocabulary = (...words: string[]) => {
  const held = new Set(words.map((word) => analyseText(word)[0] as string));
  return (term: string) => held.has(term);
};
const token = (word: string) => analyseText(word)[0] as string;

describe('spokenVariants', () => {
  it('finds the stored standard form of a Gulf word that drops the final hamza (الكهربا, الهوا)', () => {
    expect(spokenVariants(token('الكهربا'), vocabulary('الكهرباء'))).toEqual([token('الكهرباء')]);
    expect(spokenVariants(token('الهوا'), vocabulary('الهواء'))).toEqual([token('الهواء')]);
  });

  it('finds the stored form with ج of a Gulf word spoken with ي (اليديدة, اليامعة, المسيد)', () => {
    expect(spokenVariants(token('اليديدة'), vocabulary('الجديدة'))).toEqual([token('الجديدة')]);
    expect(spokenVariants(token('اليامعة'), vocabulary('الجامعة'))).toEqual([token('الجامعة')]);
    expect(spokenVariants(token('المسيد'), vocabulary('المسجد'))).toEqual([token('المسجد')]);
  });

  it('reads ي as ج only for a word the store does not hold, and only into a form it does', () => {
    expect(spokenVariants(token('الييران'), vocabulary('الجيران', 'الييران'))).toEqual([]);
    expect(spokenVariants(token('اليديدة'), vocabulary('الحديقة'))).toEqual([]);
    expect(spokenVariants('يد', vocabulary('جد'))).toEqual([]);
  });

  it('gives only a form the store holds, never for a word the store holds, a short word or an English one', () => {
    expect(spokenVariants(token('الكهربا'), vocabulary('الماء'))).toEqual([]);
    expect(spokenVariants(token('الكهربا'), vocabulary('الكهربا', 'الكهرباء'))).toEqual([]);
    expect(spokenVariants('لا', vocabulary('لاء'))).toEqual([]);
    expect(spokenVariants('pizza', () => true)).toEqual([]);
  });

  it('gives the final hamza of a word spoken without it, for any list to check', () => {
    expect(finalHamzaForms(token('الكهربا'))).toEqual([token('الكهرباء')]);
    expect(finalHamzaForms('لا')).toEqual([]);
    expect(finalHamzaForms(token('الكهرباء'))).toEqual([]);
  });

  it('matches a word spoken without its final hamza to the lexicon, where only the other language stores the word', () => {
    const held = vocabulary('electricity', 'turbines');
    const names = { holds: held, documents: (term: string) => (held(term) ? 1 : 0), spellingsOf: () => [] } as unknown as NameVocabulary;
    const groups = expandQuery('كم طلعت التوربينات من الكهربا', { names }).groups.flat().map((phrase) => phrase.join(' '));
    expect(groups).toContain('electricity');
    const verb = expandQuery('وين ودوا المرضى', { names: { ...names, holds: vocabulary('medicine') } as unknown as NameVocabulary }).groups.flat().map((phrase) => phrase.join(' '));
    expect(verb).not.toContain(token('medicine'));
  });

  it('puts the standard form in the question’s group, so the word is held, not missing', () => {
    const held = vocabulary('الكهرباء', 'المطلاع');
    const names = { holds: held, documents: (term: string) => (held(term) ? 1 : 0), spellingsOf: () => [] } as unknown as NameVocabulary;
    const groups = expandQuery('كم بيتأخر توصيل الكهربا', { names }).groups.flat().map((phrase) => phrase.join(' '));
    expect(groups).toContain(token('الكهرباء'));
  });
});
