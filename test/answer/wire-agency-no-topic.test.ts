import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// Our own sentences: a lead on a new ferry line, which (as every lead) does not name the agency that files it.
const lead = {
  dispatchId: 'd', paragraph: 0, text: 'The Ministry of Communications launched a ferry line between Kuwait City and Failaka Island on Monday with four daily trips.',
  score: 1, date: '2026-03-09', lang: 'en' as const, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
};
const names = buildNameVocabulary([{ term: 'kuna', documents: 20 }, { term: 'wam', documents: 5 }, { term: 'ferry', documents: 2 }, { term: 'daili', documents: 3 }, { term: 'trip', documents: 2 }, { term: 'line', documents: 4 }]);

describe("the wire's own agency named in a question", () => {
  it('is the source of every dispatch, not a topic', () => {
    for (const question of ['kuna on 9 march: how many daily trips does the new ferry line make?', 'according to KUNA, how many daily trips does the new ferry line make?']) {
      const concepts = weighConcepts(expandQuery(question, { names }), question, names, 60, 'number', 'judges', ['KUNA']);
      const agency = concepts.list.find((c) => c.group.some((phrase) => phrase.includes('kuna')));
      expect(agency?.critical).toBe(false);
      expect(isRelevant(lead, {}, concepts, false, 'number')).toBe(true);
    }
  });

  it('is any agency whose copy the store holds, read from the store, not one agency written in the code', () => {
    for (const question of ['according to WAM, how many daily trips does the new ferry line make?', 'حسب وام كم رحلة يومية لخط العبارات الجديد']) {
      const agency = (agencies: string[]) =>
        weighConcepts(expandQuery(question, { names }), question, names, 60, 'number', 'judges', agencies).list.find((c) => c.group.some((phrase) => phrase.includes('wam')));
      expect(agency(['KUNA', 'WAM'])?.critical).toBe(false);
      // a store of KUNA's copy only: WAM is an agency KUNA may quote, a topic like another
      expect(agency(['KUNA'])?.critical).toBe(true);
    }
  });

  it('leaves another agency a topic', () => {
    const question = 'how many daily trips did xinhua report for the new ferry line?';
    const concepts = weighConcepts(expandQuery(question, { names }), question, names, 60, 'number', 'judges', ['KUNA']);
    expect(concepts.list.find((c) => c.entity)?.critical).toBe(true);
  });
});
