import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

/** Whether the concept of `question` holding the word `word` is critical, on a store holding `stored`. */
function critical(question: string, word: string, stored: readonly string[]): boolean | undefined {
  const names = buildNameVocabulary(stored.flatMap((w) => analyseText(w)));
  const token = analyseText(word)[0];
  return weighConcepts(expandQuery(question, { names }), question, names, 10, 'number').list.find((c) => c.group.some((phrase) => phrase[0] === token))?.critical;
}

describe('"in stock" frames how much is held', () => {
  it('takes "in stock" and "out of stock" for the asking, not shares a passage must name', () => {
    const stored = ['stock', 'shares', 'insulin', 'clinic'];
    expect(critical('how much insulin does the clinic keep in stock?', 'stock', stored)).toBe(false);
    expect(critical('how many pharmacies are out of stock of insulin?', 'stock', stored)).toBe(false);
    expect(critical('how much insulin does the clinic keep in stock?', 'insulin', stored)).toBe(true);
  });

  it('keeps "stock" a topic elsewhere', () => {
    expect(critical('how many stock trades were made on the exchange?', 'stock', ['stock', 'shares', 'exchange', 'trades'])).toBe(true);
  });
});
