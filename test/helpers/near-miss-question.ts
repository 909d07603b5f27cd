import { answerTypeOf } from '../../src/answer/answer-type.js';
import type { AskedQuestion, ToldPassage } from '../../src/answer/near-miss-checks.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';

/** A question as the near-miss checks read it, weighed against a store of ten dispatches that hold none of its words. */
export function nearMissQuestion(question: string): AskedQuestion {
  const type = answerTypeOf(question);
  return { question, type, concepts: weighConcepts(expandQuery(question), question, undefined, 10, type) };
}

/** A passage, the first of `told`, read with its story's headline and paragraphs `told` and no other version. */
export function toldStory(told: readonly string[]): ToldPassage {
  return { text: told[0] ?? '', told, parallel: '', around: told };
}
