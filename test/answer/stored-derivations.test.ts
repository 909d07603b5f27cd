import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { storedAgentBases, storedDerivations, storedVerbStems } from '../../src/answer/stored-derivations.js';
import { type Concept, type Concepts, weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A shelter's month, told with nouns where a reader asks with verbs. Written for this test.
const WIRE = `Date : 05/03/2026
Animal shelter campaign finds homes for rescued birds
KUWAIT, March 5 (KUNA) -- A rehoming drive run by a Kuwaiti animal welfare group ended with the adoption of 130 rescued parrots in February, the group said on Thursday.
Its director Salma Al-Ajmi said the shelter would move to a larger site in Kabd in June. (end)
ab.cd
`;

// A climbing day, told with the sport's verb where a reader asks with its agent noun. Written for this test.
const CLIMB = `Date : 05/03/2026
Students abseil down a Kuwait City hotel for a cancer charity
KUWAIT, March 5 (KUNA) -- Forty university students abseiled down a 30-storey hotel in Kuwait City on Thursday to raise funds for a cancer charity.
Organiser Huda Al-Mulla told KUNA the youngest was 18 and that each descent took about ten minutes. (end)
ab.cd
`;

describe('an agent noun asked, the verb or sport it is made of stored', () => {
  it('finds the stored base of an agent noun the store does not hold, with a final e it lost', () => {
    const names = buildNameVocabulary(['abseil', 'skate', 'rid']);
    expect(storedAgentBases('abseiler', names)).toEqual(['abseil']);
    expect(storedAgentBases('skater', names)).toEqual(['skate']);
    expect(storedAgentBases('rider', names)).toEqual([]);
    expect(storedAgentBases('abseil', names)).toEqual([]);
  });

  it("finds the stored verb of an agent noun in -ant or -ent, a verb in -y by its nouns' -ic-", () => {
    const names = buildNameVocabulary(['participat', 'apply', 'resid', 'stud']);
    expect(storedAgentBases('participant', names)).toEqual(['participat']);
    expect(storedAgentBases('applicant', names)).toEqual(['apply']);
    expect(storedAgentBases('resident', names)).toEqual(['resid']);
    expect(storedAgentBases('agent', names)).toEqual([]);
  });

  it('answers a question asked with the agent noun from the verb stored', async () => {
    const result = await askOnWire(tempDir(), CLIMB, 'how many abseilers went down the hotel?', now);
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/Forty university students abseiled/);
  });
});

describe('a verb asked, the noun the wire makes of it stored', () => {
  it('finds the stored nouns of a word the store does not hold', () => {
    const names = buildNameVocabulary(['adoption', 'conductor', 'adopt2']);
    expect(storedDerivations('adopt', names)).toEqual(['adoption']);
    expect(storedDerivations('conduct', names)).toEqual(['conductor']);
  });

  it('leaves a word the store holds, and short or non-Latin words, alone', () => {
    const names = buildNameVocabulary(['adopt', 'adoption', 'banner']);
    expect(storedDerivations('adopt', names)).toEqual([]);
    expect(storedDerivations('ban', names)).toEqual([]);
    expect(storedDerivations('تبني', names)).toEqual([]);
    expect(storedDerivations('adopt', undefined)).toEqual([]);
  });

  it('answers a question asked with the verb from the noun stored', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'how many parrots got adopted in february?', now);
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/130 rescued parrots/);
  });
});

// Our own sentence: an Arabic report of a beach closed to swimmers, with no word on an inspection.
const arabicHit: PassageHit = {
  dispatchId: 'd1', paragraph: 0, text: 'أغلقت البلدية الشاطئ أمام السباحين اليوم الاثنين.', score: 1, date: '2026-02-09', lang: 'ar', agency: 'KUNA', headline: 'أغلقت البلدية الشاطئ', dateline: null, urgent: false, storyId: 's1',
};
const beach: Concept = { group: [['beach'], ['شاطئ']], place: false, documents: 3, critical: true, entity: false };
const inspected: Concept = { group: [['inspect'], ['inspection']], place: false, documents: 1, critical: true, entity: false };
const concepts = (...list: Concept[]): Concepts => ({ list, total: 10, missing: [] });

describe('a word held only in a noun made of it', () => {
  it('must be named by the passage: no other language writes it', () => {
    expect(isRelevant(arabicHit, {}, concepts(inspected, beach), false, null)).toBe(true);
    expect(isRelevant(arabicHit, {}, concepts({ ...inspected, derived: true }, beach), false, null)).toBe(false);
  });
});

describe('storedVerbStems', () => {
  const names = buildNameVocabulary(['evacuat', 'invest', 'nat']);

  it('finds the stored verb a noun is made of ("evacuation" → evacuated, "investment" → invested)', () => {
    expect(storedVerbStems('evacuation', names)).toEqual(['evacuat']);
    expect(storedVerbStems('investment', names)).toEqual(['invest']);
  });

  it('finds the stored verb of a noun in -al, -ance or -ence only where the store does not hold the noun', () => {
    const held = buildNameVocabulary(['remov', 'attend', 'person', 'personal']);
    expect(storedVerbStems('removal', held)).toEqual(['remov']);
    expect(storedVerbStems('attendanc', held)).toEqual(['attend']);
    expect(storedVerbStems('personal', held)).toEqual([]);
  });

  it('offers nothing the store does not hold, nothing short, nothing Arabic', () => {
    expect(storedVerbStems('celebration', names)).toEqual([]);
    expect(storedVerbStems('nation', names)).toEqual([]);
    expect(storedVerbStems('إخلاء', names)).toEqual([]);
  });
});

describe('a word the lists translate, neither it nor a translation stored, the noun made of it stored', () => {
  it('finds the stored noun, so the word is not missing', () => {
    const question = 'visiting times for the museum?';
    const concepts = weighConcepts(expandQuery(question), question, buildNameVocabulary(['visitor', 'museum', 'time']), 10, null);
    const visit = concepts.list.find((c) => c.group.some((phrase) => phrase.join(' ') === 'visit'));
    expect(visit?.group.map((phrase) => phrase.join(' '))).toContain('visitor');
    expect(visit?.documents).toBe(1);
    expect(concepts.missing).toEqual([]);
  });

  it('leaves the word missing where no noun of it is stored either', () => {
    const question = 'visiting times for the museum?';
    expect(weighConcepts(expandQuery(question), question, buildNameVocabulary(['museum', 'time']), 10, null).missing).toEqual(['visit']);
  });
});
