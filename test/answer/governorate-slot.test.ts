import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('a governorate asked names the answer, as an area or a region does', () => {
  // a store whose copy names the governorate only by its name (`محافظة الأحمدي`, "Ahmadi"), never the English word
  const names = buildNameVocabulary(analyseText('the hydrant checks will move to Ahmadi next and the fire force checked hydrants in Hawally'));
  const weighed = (question: string) => weighConcepts(expandQuery(question, { names }), question, names, 10, answerTypeOf(question));

  it('is no word a passage must hold: the wire names the governorate itself', () => {
    expect(weighed('which governorate do the hydrant checks move to next?').missing).toEqual([]);
    expect(weighed('which governorate do the hydrant checks move to next?').list.filter((c) => c.critical).flatMap((c) => c.group.flat())).toEqual(expect.arrayContaining(analyseText('hydrant checks')));
  });
});
