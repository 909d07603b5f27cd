import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/find-speaker.js';
import { asksRoleHolder, holdsFiller } from '../../src/answer/names-doer.js';
import { storedAgentNouns } from '../../src/answer/stored-derivations.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-16T08:00:00Z');

// A rowing club's season, its chairman and its squad leader named by their posts as they speak. Written for this test.
const WIRE = `Date : 15/04/2026
Kuwait rowing club opens new boathouse
KUWAIT, April 15 (KUNA) -- The Kuwait Rowing Club opened a new boathouse on the Shuwaikh waterfront on Wednesday, with room for 60 boats.
Club chairman Dr. Khaled Al-Mansouri said the boathouse would host the Gulf rowing championship in November.
Squad leader Omar Al-Fadhli told KUNA the rowers would train there six days a week. (end)
ab.cd
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('who holds a post: the wire names the holder by the post as they speak', () => {
  it('reads a question on who holds a post, in both languages, and not one on who did a deed', () => {
    expect(asksRoleHolder('Who is the chairman of the rowing club?')).toBe(true);
    expect(asksRoleHolder('Who trains the rowing team?')).toBe(false);
    expect(asksRoleHolder('Who heads the rowing club?')).toBe(true);
    expect(asksRoleHolder('من هو رئيس نادي التجديف؟')).toBe(true);
    expect(asksRoleHolder('منو المدرب في نادي التجديف؟')).toBe(true);
    expect(asksRoleHolder('مين يرأس نادي التجديف؟')).toBe(true);
    expect(asksRoleHolder('Who was hurt in the accident?')).toBe(false);
    expect(asksRoleHolder('من الذي فاز بالبطولة؟')).toBe(false);
  });

  it('takes an English speaker named with a post for the holder, not a body that speaks', () => {
    expect(holdsFiller('Club chairman Dr. Khaled Al-Mansouri said the boathouse would open.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('Club chairman Dr. Khaled Al-Mansouri said the boathouse would open.', 'person', false)).toBe(false);
    expect(holdsFiller('The Public Authority for Sport said the boathouse would open.', 'person', 'holder')).toBe(false);
  });

  it('keeps a title and the name after it in one sentence', () => {
    expect(splitSentences('Club chairman Dr. Khaled Al-Mansouri said it would open. It has 60 berths.')).toEqual([
      'Club chairman Dr. Khaled Al-Mansouri said it would open.',
      'It has 60 berths.',
    ]);
  });

  it('finds the noun of who does a deed the store holds: "trains" → trainer', () => {
    const names = buildNameVocabulary(['train', 'trainer', 'direct', 'director']);
    expect(storedAgentNouns('train', names)).toEqual(['trainer']);
    expect(storedAgentNouns('direct', names)).toEqual(['director']);
    expect(storedAgentNouns('manag', names)).toEqual([]);
  });

  it('asked who does a deed, looks for the noun of its doer too, and only for "who"', () => {
    const names = buildNameVocabulary(['lead', 'leader', 'squad']);
    const groups = (question: string, type: 'person' | 'number') =>
      weighConcepts(expandQuery(question), question, names, 10, type).list.map((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(groups('Who leads the squad?', 'person')).toContainEqual(['lead', 'leader']);
    expect(groups('How many rowers does the squad lead?', 'number')).toContainEqual(['lead']);
  });

  it('answers who chairs the club and who leads its squad from the speakers named by their posts', async () => {
    const chair = await ask('Who is the chairman of the Kuwait Rowing Club?');
    expect(chair.frame).toEqual({ kind: 'quoted' });
    expect(chair.citations[0]?.quote).toMatch(/Khaled Al-Mansouri/);
    const trainer = await ask('Who leads the Kuwait Rowing Club squad?');
    expect(trainer.frame).toEqual({ kind: 'quoted' });
    expect(trainer.citations.map((c) => c.quote).join(' ')).toMatch(/Omar Al-Fadhli/);
  });
});
