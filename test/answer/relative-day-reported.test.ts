import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportsDay } from '../../src/answer/parse-question-dates.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('an announcement filed the day before says "tomorrow"', () => {
  it.each([
    ['The lunar eclipse will be visible tomorrow from 9:12 p.m., the observatory said.', '2026-03-19', '2026-03-20', true],
    ['قال المرصد إن خسوف القمر يبدأ غدا الجمعة في الساعة 9:12 مساء.', '2026-03-19', '2026-03-20', true],
    ['The lunar eclipse will be visible tomorrow from 9:12 p.m., the observatory said.', '2026-03-18', '2026-03-20', false],
    ['The observatory opened its doors to visitors.', '2026-03-19', '2026-03-20', false],
  ])('%s filed %s reports %s: %s', (text, filed, day, expected) => expect(reportsDay(text, filed, day)).toBe(expected));
});

// The eclipse announced on Thursday 19 March for the next evening, nothing filed on the Friday. Written for this test.
const WIRE = `Date : 19/03/2026
Lunar eclipse visible from Kuwait on Friday evening
KUWAIT, March 19 (KUNA) -- A total lunar eclipse will be visible from Kuwait tomorrow from 9:12 p.m., the Kuwait Observatory said on Thursday. (end)
ab.cd

Date : 21/03/2026
KUWAIT, March 21 (KUNA) -- Kuwait Airways added two weekly flights to Salalah for the summer season, the carrier said on Saturday. (end)
ab.cd
`;

async function retrieve(question: string, now: Date, timeZone: string) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(WIRE) }, new Date('2026-03-21T09:00:00Z'));
    return await retrievePassages(stores.dispatches, question, now, { timeZone });
  } finally {
    stores.close();
  }
}

describe('"today" finds the announcement filed the day before; "yesterday" only what was reported of it', () => {
  // 20:00 UTC on Friday 20 March: 23:00 on the 20th in Kuwait; 16:00 on the 20th in New York.
  const friday = new Date('2026-03-20T20:00:00Z');

  it.each([
    ['When does the lunar eclipse start today?', 'Asia/Kuwait'],
    ['When does the lunar eclipse start today?', 'America/New_York'],
  ])('%s (%s)', async (question, timeZone) => {
    const { relevant } = await retrieve(question, friday, timeZone);
    expect(relevant.map((hit) => hit.text)).toEqual([expect.stringContaining('9:12 p.m.')]);
  });

  it('asked on Saturday about yesterday in Kuwait (the 20th): the plan announced the day before is no report of it', async () => {
    // 01:00 UTC on Saturday 21 March: 04:00 on the 21st in Kuwait, yesterday the 20th.
    const { relevant } = await retrieve('When did the lunar eclipse start yesterday?', new Date('2026-03-21T01:00:00Z'), 'Asia/Kuwait');
    expect(relevant).toEqual([]);
  });

  it('asked the same moment in New York, yesterday is the 19th: the dispatch filed that day answers as filed', async () => {
    // 21:00 on the 20th in New York: yesterday is the 19th, the announcement's own day.
    const { relevant } = await retrieve('When did the lunar eclipse start yesterday?', new Date('2026-03-21T01:00:00Z'), 'America/New_York');
    expect(relevant.map((hit) => hit.date)).toEqual(['2026-03-19']);
  });

  it('asked about a day the announcement does not name (Saturday 21st, "today"), nothing relevant', async () => {
    const { relevant } = await retrieve('When does the lunar eclipse start today?', new Date('2026-03-21T12:00:00Z'), 'Asia/Kuwait');
    expect(relevant).toEqual([]);
  });
});
