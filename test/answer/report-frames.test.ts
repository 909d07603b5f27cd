import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

/** Whether the question's word `word` is a critical concept of it, on a store holding `stored`. */
function critical(question: string, word: string, stored: readonly string[]): boolean | undefined {
  const names = buildNameVocabulary(stored.flatMap((w) => analyseText(w)));
  const token = analyseText(word)[0];
  return weighConcepts(expandQuery(question, { names }), question, names, 10, null).list.find((c) => c.group[0]?.[0] === token)?.critical;
}

describe('the verbs a question frames a report with', () => {
  it('takes "report" in "what did X report" for the frame, not a topic a passage must name', () => {
    expect(critical('What did the ministry report about dust storms?', 'report', ['report', 'ministry', 'dust', 'storms'])).toBe(false);
    expect(critical('What did the ministry report about dust storms?', 'dust', ['report', 'ministry', 'dust', 'storms'])).toBe(true);
  });

  it('takes "announce" for the frame whatever other spellings the store adds to it', () => {
    const names = buildNameVocabulary(['announc', 'onc', 'lamp']);
    const question = 'what did the ministry announce about the lamps?';
    // The store's spellings of a name-like word may give "announce" a stray alternative ("once").
    const query = { lang: 'en' as const, groups: [[['announc'], ['onc']], [['lamp']]], entities: [] };
    const [announce, lamps] = weighConcepts(query, question, names, 10, null).list;
    expect(announce?.critical).toBe(false);
    expect(lamps?.critical).toBe(true);
  });
});
