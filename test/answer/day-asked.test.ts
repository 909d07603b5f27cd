import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// 22 August 2026 is a Saturday; the questions are asked on Sunday the 23rd, Kuwait time.
const WIRE = `Date : 19/08/2026
JAHRA, Aug 19 (KUNA) -- The Ministry of Public Works launched a project on Wednesday to widen the coastal road in Jahra, at a cost of KD 12 million. (end)
ab.cd

Date : 20/08/2026
KUWAIT, Aug 20 (KUNA) -- An exhibition of 40 paintings by young Kuwaiti art students opened at the National Museum on Thursday. (end)
ab.cd

Date : 22/08/2026
HAWALLI, Aug 22 (KUNA) -- Thirty-one Kuwaiti artists will paint 24 murals on the walls of road underpasses in Hawalli and Salmiya under a project launched on Saturday by a group of volunteers. (end)
ab.cd

Date : 22/08/2026
KUWAIT, Aug 22 (KUNA) -- The Ministry of Education said on Saturday that private schools would open for the new school year on September 13. (end)
ab.cd
`;

const ask = (question: string, asked = '2026-08-23T07:00:00Z') => askOnWire(tempDir(), WIRE, question, new Date(asked));
const cited = (result: Awaited<ReturnType<typeof ask>>) => (result.found ? result.citations.map((c) => c.quote) : []);

describe('a question asking what happened on one day', () => {
  it('is answered by the lead of that day naming one of its topics, though it leaves out another ("art" for the artists)', async () => {
    expect(cited(await ask('what art project was launched in hawalli yesterday?'))).toEqual([expect.stringContaining('24 murals')]);
  });

  it('not by a dispatch of another day', async () => {
    expect(cited(await ask('what art project was launched in hawalli on wednesday?', '2026-08-27T07:00:00Z'))).not.toContainEqual(expect.stringContaining('24 murals'));
  });

  it('not when a kind of fact is asked: the day does not stand for the fact', async () => {
    expect(cited(await ask('how many art students painted in hawalli yesterday?'))).toEqual([]);
  });
});
