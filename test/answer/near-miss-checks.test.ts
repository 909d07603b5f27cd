import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { type AskedQuestion, NEAR_MISS_CHECKS, type NearMissCheck, nearMissOf } from '../../src/answer/near-miss-checks.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';

const asked = (question: string): AskedQuestion => {
  const type = answerTypeOf(question);
  return { question, type, concepts: weighConcepts(expandQuery(question), question, undefined, 10, type) };
};
const passage = (text: string) => ({ text, told: [text], parallel: '', around: [text] });

describe('near-miss checks: one list, one signature', () => {
  it('runs every listed check: another medal, another season, hours not told', () => {
    expect(NEAR_MISS_CHECKS.length).toBeGreaterThanOrEqual(8);
    expect(nearMissOf(asked('who won silver for kuwait?'))(passage('Al-Mutairi won gold for Kuwait in the skeet event.'))).toBe(true);
    expect(nearMissOf(asked('when is the summer concert of the orchestra?'))(passage('The orchestra gives its spring concert on April 2.'))).toBe(true);
    expect(nearMissOf(asked('what are the opening hours of the book fair?'))(passage('The book fair runs until April 30.'))).toBe(true);
    expect(nearMissOf(asked('who won silver for kuwait?'))(passage('Al-Otaibi took silver for Kuwait in the trap event.'))).toBe(false);
  });

  it('skips a check that has nothing to test in the question, and takes a check added to the list', () => {
    let read = 0;
    const counting: NearMissCheck = () => {
      read += 1;
      return null;
    };
    const says: NearMissCheck = ({ question }) => (question.includes('women') ? ({ text }) => !text.includes('women') : null);
    const check = nearMissOf(asked('who won the women\'s race?'), [counting, says]);
    expect(read).toBe(1);
    expect(check(passage('Salem won the men\'s race.'))).toBe(true);
    expect(check(passage('Mona won the women\'s race.'))).toBe(false);
    expect(nearMissOf(asked('who won the race?'), [counting, says])(passage('Salem won the men\'s race.'))).toBe(false);
  });
});

describe('near-miss checks: whether a thing will happen', () => {
  it('takes a story that does not name the thing asked to come as a near miss, and one that names it as an answer', () => {
    const check = nearMissOf(asked('Will the library open a branch in Jahra?'));
    expect(check(passage('The national library opened its new reading hall on Monday, the ministry said.'))).toBe(true);
    expect(check(passage('The national library will open a branch in Jahra next year, the ministry said.'))).toBe(false);
  });

  it('asks nothing of one offering a thing to come or another: the story names the one decided', () => {
    const told = passage('The vet said the pony will be taken to the police stables.');
    expect(nearMissOf(asked('Will the pony go back to its owner or stay with the police?'))(told)).toBe(false);
    expect(nearMissOf(asked('Will the pony go back to its owner?'))(told)).toBe(true);
    expect(nearMissOf(asked('Will the pony go back to its owner or not?'))(told)).toBe(true);
  });

  it('asks nothing of a question about what was', () => {
    expect(nearMissOf(asked('did the library open a new hall?'))(passage('The national library opened its new reading hall on Monday, the ministry said.'))).toBe(false);
  });
});
