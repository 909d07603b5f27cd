import { describe, expect, it } from 'vitest';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
// 11 April in Kuwait: last month is March.
const now = new Date('2026-04-11T08:00:00Z');

describe('"last month" asked: the month before the asker\'s', () => {
  it.each([
    ['How many boats did the coast guard tow last month?', 3],
    ['what happened at the harbour the previous month', 3],
    ['كم قارب سحبوا الشهر الماضي؟', 3],
    ['كم قارب سحبوا الشهر اللي فات؟', 3],
    ['How many boats were towed in February?', 2],
    ['How many boats were towed last week?', undefined],
  ])('%s: month %s', (question, month) => {
    expect(parseQuestionDates(question, now, 'Asia/Kuwait').month).toBe(month);
  });

  it('takes the words of "last month" out of the topic, and January\'s last month is December', () => {
    expect(parseQuestionDates('كم قارب سحبوا الشهر الماضي؟', now).rest).not.toMatch(/شهر/);
    expect(parseQuestionDates('How many boats were towed last month?', new Date('2026-01-15T08:00:00Z')).month).toBe(12);
  });

  // A tow this month and the monthly tally filed in March. Written for this test.
  const THIS_MONTH = `Date : 08/04/2026
Coast guard tows drifting boats
KUWAIT, April 8 (KUNA) -- The coast guard towed 12 drifting boats back to Shuwaikh port on Wednesday after their engines failed in rough seas. (end)
ab.cd
`;
  const LAST_MONTH = `Date : 20/03/2026
Coast guard tows drifting boats
KUWAIT, March 20 (KUNA) -- The coast guard towed 9 drifting boats back to Shuwaikh port on Friday after their engines failed in rough seas. (end)
ab.cd
`;

  it('declines a count asked of last month where the story tells only this month\'s, and answers from a dispatch filed last month', async () => {
    const question = 'How many drifting boats did the coast guard tow last month?';
    expect((await askOnWire(tempDir(), THIS_MONTH, question, now)).found).toBe(false);
    const answered = await askOnWire(tempDir(), LAST_MONTH, question, now);
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/9 drifting boats/);
    // Asked without "last month", this month's tow answers.
    expect((await askOnWire(tempDir(), THIS_MONTH, 'How many drifting boats did the coast guard tow?', now)).found).toBe(true);
  });
});
