import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesDay, reportsDay } from '../../src/answer/parse-question-dates.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('a day named in the text', () => {
  it.each([
    ['The parade will be held on February 25 along the Gulf Road.', true],
    ['The parade will be held on Feb. 25.', true],
    ['The parade is set for the 25th of February.', true],
    ['تقام الاحتفالات يوم 25 فبراير الجاري', true],
    ['تقام الاحتفالات يوم ٢٥ شباط', true],
    ['The parade will be held on February 2.', false],
    ['The parade will be held on February 250.', false],
    ['Some 25 marchers walked in March.', false],
  ])('%s names 25 February: %s', (text, expected) => expect(namesDay(text, 2, 25)).toBe(expected));

  it('a report filed later names the day by its weekday within the week, or as yesterday the next day', () => {
    // 10 February 2026 is a Tuesday.
    expect(reportsDay('Two men were arrested on Tuesday in Jahra.', '2026-02-11', '2026-02-10')).toBe(true);
    expect(reportsDay('أعلنت الوزارة أنها ضبطت يوم الثلاثاء شحنة', '2026-02-12', '2026-02-10')).toBe(true);
    expect(reportsDay('The ministry said yesterday that it had seized a shipment.', '2026-02-11', '2026-02-10')).toBe(true);
    expect(reportsDay('The ministry said yesterday that it had seized a shipment.', '2026-02-12', '2026-02-10')).toBe(false);
    expect(reportsDay('Two men were arrested on Tuesday in Jahra.', '2026-02-20', '2026-02-10')).toBe(false);
    expect(reportsDay('Two men were arrested on Monday in Jahra.', '2026-02-11', '2026-02-10')).toBe(false);
    expect(reportsDay('Two men were arrested on Tuesday in Jahra.', '2026-02-10', '2026-02-10')).toBe(false);
  });
});

const WIRE = `Date : 11/02/2026
KUWAIT, Feb 11 (KUNA) -- Customs officers seized a shipment of counterfeit perfume at Shuwaikh port on Tuesday, the General Administration of Customs said. (end)
ab.cd

Date : 13/02/2026
KUWAIT, Feb 13 (KUNA) -- A parade of classic cars will cross Kuwait City on February 25, the organisers of the national celebrations said on Friday. (end)
ab.cd
`;

async function retrieve(question: string) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(WIRE) }, new Date('2026-02-13T09:00:00Z'));
    return await retrievePassages(stores.dispatches, question, new Date('2026-02-14T09:00:00Z'), { timeZone: 'Asia/Kuwait' });
  } finally {
    stores.close();
  }
}

describe('a question naming a day finds the dispatch that reports it, whenever filed', () => {
  it('the report filed the next day', async () => {
    const { relevant } = await retrieve('What did customs seize at Shuwaikh port on 10 February?');
    expect(relevant.map((hit) => hit.text)).toEqual([expect.stringContaining('counterfeit perfume')]);
  });

  it('the announcement filed before the day', async () => {
    const { relevant } = await retrieve('What will cross Kuwait City on 25 February?');
    expect(relevant.map((hit) => hit.text)).toEqual([expect.stringContaining('classic cars')]);
  });

  it('not a dispatch of another day that does not report it', async () => {
    const { relevant } = await retrieve('What did customs seize at Shuwaikh port on 3 February?');
    expect(relevant).toEqual([]);
  });
});
