import { describe, expect, it } from 'vitest';
import { isOrdinalWord } from '../../src/answer/find-ordinals-and-years.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

/** The question weighed against a store holding `held` (one dispatch each), its concepts by their first form. */
function weighed(question: string, held: readonly string[]) {
  const names = buildNameVocabulary(held.flatMap((word) => analyseText(word)));
  const concepts = weighConcepts(expandQuery(question, { names }), question, names, 10, 'number');
  return { concepts, of: (word: string) => concepts.list.find((c) => c.group[0]?.[0] === analyseText(word)[0]) };
}

describe('an ordinal no dispatch holds in the asker’s words names the instance asked, not a word a passage must hold', () => {
  it('reads one word as an ordinal of either language', () => {
    expect(isOrdinalWord('الخامس')).toBe(true);
    expect(isOrdinalWord('الثالثة')).toBe(true);
    expect(isOrdinalWord('fifth')).toBe(true);
    expect(isOrdinalWord('15th')).toBe(true);
    expect(isOrdinalWord('الصف')).toBe(false);
    expect(isOrdinalWord('five')).toBe(false);
  });

  it('leaves an ordinal no dispatch holds out of the missing words, its instance still asked', () => {
    const { concepts, of } = weighed('كم كتاب جديد للصف الخامس؟', ['كتاب', 'جديد', 'الصف']);
    expect(concepts.missing).toEqual([]);
    expect(of('الخامس')?.critical).toBe(false);
    expect([...(concepts.instances?.ordinals ?? [])]).toEqual([5]);
  });

  it('keeps an ordinal a dispatch holds a topic, and a word no dispatch holds that is no ordinal missing', () => {
    expect(weighed('كم كتاب جديد للصف الخامس؟', ['كتاب', 'جديد', 'الصف', 'الخامس']).of('الخامس')?.critical).toBe(true);
    // `الصف` no dispatch holds is missing; `الخامس`, no dispatch holding it either, is not.
    expect(weighed('كم كتاب جديد للصف الخامس؟', ['كتاب', 'جديد']).concepts.missing).toHaveLength(1);
  });
});
