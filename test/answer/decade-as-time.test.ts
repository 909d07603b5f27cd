import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// Questions and sentences written for this test.
function weighed(question: string, held: readonly string[]) {
  const names = buildNameVocabulary(held.flatMap((word) => analyseText(word)));
  return weighConcepts(expandQuery(question, { names }), question, names, 10, 'person');
}

describe('a decade is read as a time, in either language', () => {
  it('asks an Arabic decade as the time of the fact, not a word a passage must hold (الأربعينات, analysed four)', () => {
    const concepts = weighed('منو قال إن الجسر انبنى في التسعينات؟', ['الجسر', 'انبنى', 'التسعينات', 'تسعة']);
    const decade = concepts.list.find((concept) => concept.group[0]?.[0] === analyseText('التسعينات')[0]);
    expect(decade?.critical).toBe(false);
    expect([...(concepts.decades ?? [])]).toEqual([1990]);
    expect(weighed('منو قال إن الجسر انبنى؟', ['الجسر', 'انبنى']).list.every((concept) => concept.critical)).toBe(true);
  });

  it('takes a decade for the answer to "when"', () => {
    expect(holdsAnswerType('بني الجسر القديم في الثمانينيات.', 'date')).toBe(true);
    expect(holdsAnswerType('The old bridge went up in the sixties.', 'date')).toBe(true);
    expect(holdsAnswerType('The old bridge went up long ago.', 'date')).toBe(false);
  });
});
