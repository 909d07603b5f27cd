import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';

const topics = (question: string, type: 'duration' | 'date' | null) =>
  weighConcepts(expandQuery(question), question, undefined, 10, type).list.filter((c) => c.critical).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));

describe('"day" asked a date', () => {
  it('frames "what day", not the topic', () => {
    expect(topics('what day is the pottery class?', 'date')).not.toContain('day');
    expect(topics('which day do the pottery classes start', 'date')).toContain('pottery');
  });

  it('is what a length is told of, asked "how many days"', () => {
    expect(topics('how many days does the pottery course take?', 'duration')).toContain('day');
  });

  it('is a topic in a question of no kind', () => {
    expect(topics('what did the minister say about the four day week?', null)).toContain('day');
  });
});
