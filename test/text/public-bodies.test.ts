import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { findEntities } from '../../src/text/find-entities.js';
import { expectOnlyStoryFound } from '../helpers/lexicon-pair.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T12:00:00Z');

// Written for this test: a ministry's announcement told in Arabic only, and another in English.
const ARABIC_SCHOLARSHIPS = `التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- أعلنت وزارة التعليم العالي اليوم الثلاثاء فتح باب التقديم على البعثات الدراسية الخارجية للعام المقبل.(النهاية)
م ص / ع ج
`;
const ENGLISH_TRAFFIC = `Date : 07/04/2026
KUWAIT, April 7 (KUNA) -- The Ministry of Interior will close a lane of the Fifth Ring Road for maintenance over the weekend, it said on Tuesday. (end)
ab.cd
`;

describe('public bodies the wire names, in both languages', () => {
  it('knows the Ministry of Higher Education, apart from education at large', () => {
    expect(findEntities('قالت وزارة التعليم العالي')).toEqual(['ministry-of-higher-education']);
    expect(findEntities('the Ministry of Higher Education said')).toEqual(['ministry-of-higher-education']);
    expect(findEntities('the Higher Education Ministry said')).toEqual(['ministry-of-higher-education']);
  });

  it('knows the Environment Public Authority and the direct investment promotion authority by name and initials', () => {
    expect(findEntities('قالت الهيئة العامة للبيئة')).toEqual(['epa']);
    expect(findEntities('an EPA inspection team')).toEqual(['epa']);
    expect(findEntities('وقعت هيئة تشجيع الاستثمار المباشر')).toEqual(['kdipa']);
    expect(findEntities('KDIPA licensed the firm')).toEqual(['kdipa']);
  });

  it('finds the Arabic story asked in English by the ministry', async () => {
    const stores = openStores(join(tempDir(), 'store.db'));
    try {
      for (const [source, text] of Object.entries({ ARABIC_SCHOLARSHIPS, ENGLISH_TRAFFIC })) await ingestWireBytes(stores.dispatches, { source, bytes: Buffer.from(text) }, now);
      await expectOnlyStoryFound(stores.dispatches, 'Ministry of Higher Education', 'وزارة التعليم العالي', 'ar');
    } finally {
      stores.close();
    }
  });
});
