import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';

/** The critical concepts of a question, each by its first form. */
const topics = (question: string) =>
  weighConcepts(expandQuery(question), question, undefined, 10, answerTypeOf(question)).list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '));

describe('the English conjunctions and prepositions the index keeps frame the question', () => {
  it('takes "because", "behind", "among" and their kin for no topic a passage must name', () => {
    expect(topics('who said the flamingo count went up because of higher water?')).not.toContain('becaus');
    expect(topics('Who is the researcher behind the food waste study?')).not.toContain('behind');
    expect(topics('which school came first among the Jahra schools?')).not.toContain('among');
    expect(topics('will the fee rise although the ministry said no?')).not.toContain('although');
  });

  it('takes the prepositions of a path or an exchange, "own" and `بخصوص` for no topic either', () => {
    expect(topics('how much dough will the luqaimat cooks go through?')).not.toContain('through');
    expect(topics('why composite covers in farwaniya instead of iron')).not.toContain('instead');
    expect(topics('do women get their own racquetball sessions')).not.toContain('own');
    expect(topics('شنو طلب الصيادين بخصوص القبقب')).not.toContain('بخصوص');
    expect(topics('do women get their own racquetball sessions')).toEqual(expect.arrayContaining(analyseText('racquetball sessions')));
  });

  it('keeps the words of the topic', () => {
    expect(topics('Who is the researcher behind the food waste study?')).toEqual(expect.arrayContaining(['food', 'wast', 'studi'].map((w) => expect.stringContaining(w.slice(0, 3)))));
  });
});
