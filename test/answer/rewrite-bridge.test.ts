import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsBridge } from '../../src/answer/judge-relevance.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-12T08:00:00Z');

// A hospital opened (Arabic only); a school reopened (English only).
const WIRE = `التاريخ : 11/02/2026
الكويت - 11 - 2 (كونا) -- أعلنت وزارة الصحة اليوم الأربعاء افتتاح مستشفى جديد في منطقة صباح السالم يخدم نحو 40 ألف نسمة.(النهاية)
ع م / س ر

Date : 11/02/2026
KUWAIT, Feb 11 (KUNA) -- A public school in Jahra reopened on Wednesday after repairs to its roof, the Education Ministry said. (end)
ab.cd
`;

async function retrieve(question: string, extraTerms: string[]) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(WIRE) }, now);
    return await retrievePassages(stores.dispatches, question, now, { extraTerms, timeZone: 'Asia/Kuwait' });
  } finally {
    stores.close();
  }
}

describe('the rewrite bridges only where the question cannot', () => {
  it('a loose rewrite does not make a passage relevant that the question reaches in its language and does not match', async () => {
    // "school" has an Arabic form the hospital dispatch lacks: the question's own words judge it, and decline.
    const { relevant } = await retrieve('Was a school opened?', ['افتتاح', 'open']);
    expect(relevant.filter((hit) => hit.lang === 'ar')).toEqual([]);
  });

  it('a rewrite judges where a topic of the question has no form in the passage language', () => {
    const concept = (group: string[][]) => ({ group, place: false, documents: 1, critical: true, entity: false });
    const reached = { list: [concept([['school'], ['مدرس']]), concept([['open'], ['افتتاح']])], total: 2, missing: [] };
    const gap = { list: [concept([['school'], ['مدرس']]), concept([['roof']])], total: 2, missing: [] };
    expect(needsBridge(reached, 'ar')).toBe(false);
    expect(needsBridge(gap, 'ar')).toBe(true);
    expect(needsBridge(gap, 'en')).toBe(false);
  });

  it('a question naming no topic gets the newest stories even when a rewrite adds words', async () => {
    const { relevant, latest } = await retrieve('what is the latest news?', ['news', 'أخبار', 'latest']);
    expect(latest).toBe(true);
    expect(relevant).toHaveLength(2);
  });
});
