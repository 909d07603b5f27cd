import { describe, expect, it } from 'vitest';
import { toldAgency } from '../../src/answer/told-agency.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// Questions written for this test.
const AGENCIES = ['KUNA'];

/** Whether the question's concept whose first form is `word` is critical, weighed against a store holding `held`. */
function critical(question: string, word: string, held: readonly string[]): boolean | undefined {
  const names = buildNameVocabulary(held.flatMap((form) => analyseText(form)));
  const concepts = weighConcepts(expandQuery(question, { names }), question, names, 10, 'person', 'judges', AGENCIES);
  return concepts.list.find((concept) => concept.group[0]?.[0] === analyseText(word)[0])?.critical;
}

describe('a verb of telling addressed to the agency frames the asking', () => {
  it('reads the verb before the agency, in either language, and none before another hearer', () => {
    expect(toldAgency('who told KUNA the ferry would sail in spring?', AGENCIES)).toEqual(analyseText('told'));
    expect(toldAgency('who spoke to kuna about the ferry?', AGENCIES)).toEqual(analyseText('spoke'));
    expect(toldAgency('منو صرح ل(كونا) عن العبارة؟', AGENCIES)).toEqual(analyseText('صرح'));
    expect(toldAgency('who told the council the ferry would sail?', AGENCIES)).toEqual([]);
    expect(toldAgency('who told KUNA the ferry would sail?', [])).toEqual([]);
  });

  it('leaves "told" out of the topic when KUNA hears it, and in it when someone else does', () => {
    const held = ['told', 'ferry', 'sail', 'council', 'KUNA'];
    expect(critical('who told KUNA the ferry would sail in spring?', 'told', held)).toBe(false);
    expect(critical('who told the council the ferry would sail in spring?', 'told', held)).toBe(true);
  });
});
