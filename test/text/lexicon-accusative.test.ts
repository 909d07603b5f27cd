import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-01T08:00:00Z');

// An operations room counting its calls, the count in the accusative (`اتصالا`). Written for this test.
const WIRE = `التاريخ : 30/04/2026
غرفة العمليات تتلقى مكالمات المواطنين خلال تجربة الإنذار
الكويت - 30 - 4 (كونا) -- تلقت غرفة عمليات الطوارئ 230 اتصالا من المواطنين خلال تجربة صفارات الإنذار اليوم الخميس.(النهاية)
ع م / س ف
`;

describe('a lexicon word the store holds only in the accusative', () => {
  it('finds the concept in the accusative form the store holds (`اتصالا` for the lexicon\'s `اتصال`)', () => {
    const names = buildNameVocabulary([{ term: 'اتصالا', documents: 1 }]);
    const query = expandQuery('كم اتصال تلقت الغرفة', { names });
    expect(query.groups.some((group) => group.some((phrase) => phrase.join(' ') === 'اتصالا'))).toBe(true);
    const concepts = weighConcepts(query, 'كم اتصال تلقت الغرفة', names, 10, 'number');
    expect(concepts.missing).toEqual([]);
  });

  it('adds no accusative form the store does not hold', () => {
    const names = buildNameVocabulary([{ term: 'غرف', documents: 1 }]);
    const query = expandQuery('كم اتصال تلقت الغرفة', { names });
    expect(query.groups.flat().map((phrase) => phrase.join(' '))).not.toContain('اتصالا');
  });

  it('answers how many calls from the count written in the accusative', async () => {
    const answer = await askOnWire(tempDir(), WIRE, 'كم اتصال تلقت غرفة العمليات خلال التجربة؟', now);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.quote).toMatch(/230 اتصالا/);
  });
});
