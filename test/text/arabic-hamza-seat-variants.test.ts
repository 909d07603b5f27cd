import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { hamzaSeatVariants } from '../../src/text/arabic-hamza-seat-variants.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('hamzaSeatVariants', () => {
  const held = new Set(['جائز', 'سائق', 'مسؤول', 'زايد', 'زائد']);
  const holds = (term: string) => held.has(term);

  it('puts the hamza on the inner `ي` or `و` a colloquial hand writes bare, as the store holds it', () => {
    expect(hamzaSeatVariants('جايز', holds)).toEqual(['جائز']);
    expect(hamzaSeatVariants('سايق', holds)).toEqual(['سائق']);
    expect(hamzaSeatVariants('مسوول', holds)).toEqual(['مسؤول']);
  });

  it('leaves a word the store holds as written, and offers no form the store does not hold', () => {
    expect(hamzaSeatVariants('زايد', holds)).toEqual([]);
    expect(hamzaSeatVariants('بيان', holds)).toEqual([]);
    expect(hamzaSeatVariants('prize', holds)).toEqual([]);
  });

  it('lets a Gulf question’s `قايمة` find the wire’s `قائمة` and `بقائمة`, a word no list holds', () => {
    const names = buildNameVocabulary([...analyseText('أعلنت الوزارة قائمة المرشحين وفاز بقائمة الشرف')]);
    const group = expandQuery('شنو القايمة؟', { names }).groups.find((g) => g.some(([form]) => form === 'قايم'));
    expect(group).toEqual(expect.arrayContaining([['قائم'], ['بقائم']]));
  });

  it('reads a lexicon word written without its hamza as the wire’s, with its other language’s forms', () => {
    const groups = expandQuery('كم جايزة بطل الدوري؟').groups;
    expect(groups).toContainEqual(expect.arrayContaining([['prize'], ['جائز']]));
  });
});
