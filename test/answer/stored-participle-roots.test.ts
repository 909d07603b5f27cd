import { describe, expect, it } from 'vitest';
import { storedParticipleRoots } from '../../src/answer/stored-participle-roots.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('an Arabic passive participle no dispatch holds, its root stored', () => {
  it('finds the stored words of the root', () => {
    const names = buildNameVocabulary([...analyseText('سرقة'), ...analyseText('يسمح'), ...analyseText('قبول')]);
    expect(storedParticipleRoots('مسروق', names)).toEqual(['سرق']);
    expect(storedParticipleRoots('مسموح', names)).toEqual(['يسمح']);
    expect(storedParticipleRoots('مقبول', names)).toEqual(['قبول']);
  });

  it('leaves a participle the store holds, another pattern, and a root the store lacks alone', () => {
    const names = buildNameVocabulary(['مسروق', 'سرق', 'كتب']);
    expect(storedParticipleRoots('مسروق', names)).toEqual([]);
    expect(storedParticipleRoots('مكتبة', names)).toEqual([]);
    expect(storedParticipleRoots('مفقود', names)).toEqual([]);
  });

  it('does not take the participle asked for a word missing from the store', () => {
    // The wire wrote of a theft (سرقة) of copper wire; the reader asks of the stolen wire.
    const names = buildNameVocabulary([...analyseText('سرقة'), ...analyseText('أسلاك'), ...analyseText('النحاس')]);
    const question = 'كم كيلو من الأسلاك المسروقة؟';
    const concepts = weighConcepts(expandQuery(question, { names }), question, names, 10, 'number');
    expect(concepts.missing).not.toContain('مسروق');
    expect(concepts.list.some((c) => c.group.some((phrase) => phrase[0] === 'سرق'))).toBe(true);
  });
});
