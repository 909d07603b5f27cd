import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-16T08:00:00Z');

// A chess tournament told without the verb the asker uses for taking part, and another story that uses it. Written for this test.
const WIRE = `Date : 15/04/2026
Kuwait chess open starts with players from 18 countries
KUWAIT, April 15 (KUNA) -- The Kuwait Chess Open began on Wednesday at the Salmiya club hall, with 140 players from 18 countries competing over nine rounds.
Tournament director Faisal Al-Mutawa said the winner would receive KD 3,000. (end)
ab.cd

Date : 15/04/2026
Schools to plant trees on Saturday
KUWAIT, April 15 (KUNA) -- Forty schools will take part in a tree planting day on Saturday, part of a national greening plan, the Ministry of Education said on Wednesday. (end)
ab.cd
`;

describe('verbs of taking part frame a count, they name no topic', () => {
  const critical = (question: string) => {
    const names = buildNameVocabulary(['take', 'part', 'took', 'countri', 'chess', 'شارك', 'دول']);
    return weighConcepts(expandQuery(question), question, names, 10, question.includes('how many') || question.includes('كم') ? 'number' : null)
      .list.filter((c) => c.critical)
      .map((c) => c.group[0]?.join(' '));
  };

  it('takes "take part" and شارك out of the topics of a "how many" question, and only there', () => {
    expect(critical('how many countries took part in the chess open?')).not.toContain('took');
    expect(critical('how many countries took part in the chess open?')).not.toContain('part');
    expect(critical('كم دولة شارك في بطولة الشطرنج؟')).not.toContain('شارك');
    expect(critical('which part of the chess open did they take?')).toContain('part');
  });

  it('answers how many countries take part from "players from 18 countries competing"', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'How many countries are taking part in the Kuwait chess open?', now);
    expect(result.frame).toEqual({ kind: 'quoted' });
    expect(result.citations[0]?.quote).toMatch(/18 countries/);
  });
});
