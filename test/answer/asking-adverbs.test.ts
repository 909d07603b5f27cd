import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// A store that knows of a ferry and its passengers, and none of the asker's adverbs.
const names = buildNameVocabulary(['ferry', 'passenger', 'passengers', 'island', 'crossing', 'carry', 'taken'].flatMap((w) => analyseText(w)));
const missingOf = (question: string) => weighConcepts(expandQuery(question, { names }), question, names, 10, null).missing;

describe('an adverb of the asking no dispatch holds', () => {
  it('is not what is missing', () => {
    expect(missingOf('did the island ferry actually carry passengers lately?')).toEqual([]);
    expect(missingOf('has anyone taken the island ferry again?')).toEqual([]);
  });

  it('leaves a noun after a determiner and a word of the schedule missing', () => {
    expect(missingOf('how many passengers did the island ferry assembly carry?').length).toBe(1);
    expect(missingOf('how many weekly crossings does the ferry make?').length).toBe(1);
  });
});
