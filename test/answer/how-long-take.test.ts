import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T08:00:00Z');

// Our own sentences: a drill's length told without "take" and with the verb "evacuated", beside a
// dispatch where "take" is another verb's and one where "evacuation" names a plan.
const WIRE = `Date : 07/04/2026
Fire drill at Jahra school
KUWAIT, April 7 (KUNA) -- Firefighters evacuated 900 pupils from a school in Jahra in 12 minutes on Tuesday in a fire drill, the fire force said. (end)
ab.cd

Date : 06/04/2026
Hospitals review evacuation plans
KUWAIT, April 6 (KUNA) -- The Ministry of Health asked all hospitals on Monday to review their evacuation plans before the summer. (end)
ab.cd

Date : 07/04/2026
Kuwait teams to take part in Gulf games
KUWAIT, April 7 (KUNA) -- Twelve Kuwaiti teams will take part in the Gulf youth games in Doha next month, the sports authority said on Tuesday. (end)
ab.cd
`;

describe('"how long did it take": the verb of the asking is no topic, and a deed asked by its noun is told by its verb', () => {
  it('weighs take, took as the slot a length of time fills', () => {
    for (const question of ['How long did the drill take?', 'How long did it take to clear the school?']) {
      const critical = weighConcepts(expandQuery(question), question, undefined, 10, 'duration').list.filter((c) => c.critical).flatMap((c) => c.group.map((p) => p.join(' ')));
      expect(critical, question).not.toContain('take');
    }
  });

  it('looks for the deed asked by its noun ("evacuation") in the verb the store holds ("evacuated")', () => {
    const question = 'How long did the Jahra evacuation take?';
    const names = buildNameVocabulary(['evacuat', 'evacuation', 'jahra']);
    const concepts = weighConcepts(expandQuery(question, { names }), question, names, 10, 'duration');
    expect(concepts.list.find((c) => c.group.some((phrase) => phrase.join(' ') === 'evacuation'))?.group).toContainEqual(['evacuat']);
  });

  it('answers how long the Jahra fire drill took from "in 12 minutes"', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'How long did the Jahra school fire drill take?', now);
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('12 minutes'))).toBe(true);
  });

  it('answers how long the Jahra evacuation took from "evacuated … in 12 minutes"', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'How long did the Jahra evacuation take?', now);
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('12 minutes'))).toBe(true);
  });
});
