import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { addUnlinkedVersions } from '../../src/search/add-unlinked-versions.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: one event told in English and in Arabic with different facts and leads (no figure in
// common, the director named only after the lead), so the store does not group them; only the Arabic
// says how many books the hall holds. And other Arabic copy of the same day.
const WIRE = [
  {
    date: '2026-02-10T10:00:00Z',
    text: `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- افتتحت المكتبة العامة اليوم الثلاثاء قاعة جديدة للأطفال.
وقال مدير المكتبة فهد الشمري إن القاعة تضم 3500 كتاب.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-02-10T10:30:00Z',
    text: `Date : 10/02/2026
KUWAIT, Feb 10 (KUNA) -- Young readers got a corner of their own on Tuesday.
Library director Fahad Al-Shammari said the hall would open every evening. (end)
ab.cd
`,
  },
  {
    date: '2026-02-10T11:00:00Z',
    text: `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- توقعت إدارة الأرصاد الجوية طقسا معتدلا نهارا وباردا ليلا.(النهاية)
م ص / ع ج
`,
  },
];

const store = () => openWireStore(join(tempDir(), 'store.db'), WIRE);

describe('the other language’s version the store did not group', () => {
  it('is offered after its story’s first hit, given that story, scored 0', async () => {
    const stores = await store();
    try {
      const [english] = await stores.dispatches.listDispatches({ lang: 'en', limit: 1 });
      const arabic = await stores.dispatches.listDispatches({ lang: 'ar', limit: 5 });
      expect(arabic.map((a) => a.storyId)).not.toContain(english?.storyId);
      const hits = (await stores.dispatches.searchPassages({ groups: [[['hall']]] }, { limit: 5 })).filter((hit) => hit.lang === 'en');
      const { hits: added } = await addUnlinkedVersions(stores.dispatches, hits);
      expect(added[0]).toEqual(hits[0]);
      expect(added.slice(1, 3).map((hit) => [hit.text.slice(0, 12), hit.storyId, hit.score])).toEqual([
        ['افتتحت المكت', english?.storyId, 0],
        ['وقال مدير ال', english?.storyId, 0],
      ]);
      // A hit search reached outside the days asked (it reports them): its version filed beside it is offered too.
      const reporting = (await addUnlinkedVersions(stores.dispatches, hits, { since: '2026-03-01', until: '2026-03-02' })).hits;
      expect(reporting.slice(1, 3).map((hit) => hit.text.slice(0, 12))).toEqual(['افتتحت المكت', 'وقال مدير ال']);
    } finally {
      stores.close();
    }
  });

  it('lets a question in one language reach the fact only the other language’s version holds', async () => {
    const stores = await store();
    try {
      const retrieval = await retrievePassages(stores.dispatches, 'How many volumes are in the evening reading hall?', new Date('2026-02-10T12:00:00Z'));
      const offered = [...retrieval.relevant, ...retrieval.nearby];
      expect(offered.map((hit) => hit.text)).toContainEqual(expect.stringContaining('3500 كتاب'));
    } finally {
      stores.close();
    }
  });

  it('looks for an ungrouped version of each of the story’s dispatches found, not only of its first', async () => {
    const stores = await store();
    try {
      const [library] = (await stores.dispatches.searchPassages({ groups: [[analyseText('المكتبة')]] }, { limit: 5 })).filter((hit) => hit.lang === 'ar');
      const [weather] = (await stores.dispatches.searchPassages({ groups: [[analyseText('الأرصاد')]] }, { limit: 5 })).filter((hit) => hit.lang === 'ar');
      expect(library && weather).toBeTruthy();
      // As if the store had told the weather as the library story's next dispatch: the weather has no English version, the library has.
      const hits = [{ ...(weather as PassageHit), storyId: (library as PassageHit).storyId }, library as PassageHit];
      const { hits: added } = await addUnlinkedVersions(stores.dispatches, hits);
      expect(added.filter((hit) => hit.lang === 'en').map((hit) => [hit.text.slice(0, 22), hit.storyId])).toEqual([
        ['Young readers got a co', library?.storyId],
        ['Library director Fahad', library?.storyId],
      ]);
    } finally {
      stores.close();
    }
  });

  it('leaves a better story’s own version where it is: a weaker story found in one language does not take it', async () => {
    // Another English story of the day naming the library's director: it shares a name with the Arabic library dispatch.
    const other = {
      date: '2026-02-10T12:00:00Z',
      text: `Date : 10/02/2026
KUWAIT, Feb 10 (KUNA) -- Fahad Al-Shammari opened a book fair at the Mishref fairground on Tuesday. (end)
ab.cd
`,
    };
    const stores = await openWireStore(join(tempDir(), 'store.db'), [...WIRE, other]);
    try {
      const english = (await stores.dispatches.searchPassages({ groups: [[['hall']]] }, { limit: 5 })).filter((hit) => hit.lang === 'en');
      const [arabic] = (await stores.dispatches.searchPassages({ groups: [[analyseText('المكتبة')]] }, { limit: 5 })).filter((hit) => hit.lang === 'ar');
      const [fair] = (await stores.dispatches.searchPassages({ groups: [[['fair']]] }, { limit: 5 })).filter((hit) => hit.lang === 'en');
      const [lead] = english;
      expect(lead && arabic && fair).toBeTruthy();
      expect(fair?.storyId).not.toBe(lead?.storyId);
      // As if the store had grouped the library's two versions: the Arabic one moved up beside the English, then the fair.
      const hits = [lead as PassageHit, { ...(arabic as PassageHit), storyId: (lead as PassageHit).storyId }, fair as PassageHit];
      const { hits: added } = await addUnlinkedVersions(stores.dispatches, hits);
      expect(added.map((hit) => [hit.dispatchId, hit.storyId])).toEqual(hits.map((hit) => [hit.dispatchId, hit.storyId]));
    } finally {
      stores.close();
    }
  });

  it('brings the picked version’s story along: its correction filed the next morning', async () => {
    const correction = {
      date: '2026-02-11T07:00:00Z',
      text: `Date : 11/02/2026
CORRECTION: Young readers' corner opens every evening, not every morning
KUWAIT, Feb 11 (KUNA) -- In a story on the corner of their own young readers got, issued on February 10, please read that director Fahad Al-Shammari said the hall would open every evening, not every morning. (end)
ab.cd
`,
    };
    const stores = await openWireStore(join(tempDir(), 'store.db'), [...WIRE, correction]);
    try {
      const english = await stores.dispatches.listDispatches({ lang: 'en', limit: 5 });
      expect(english).toHaveLength(2);
      expect(english[0]?.storyId).toBe(english[1]?.storyId);
      const [library] = (await stores.dispatches.searchPassages({ groups: [[analyseText('المكتبة')]] }, { limit: 5 })).filter((hit) => hit.lang === 'ar');
      expect(english.map((d) => d.storyId)).not.toContain(library?.storyId);
      const { hits: added } = await addUnlinkedVersions(stores.dispatches, [library as PassageHit]);
      expect(added.filter((hit) => hit.lang === 'en').map((hit) => [hit.text.slice(0, 22), hit.storyId])).toEqual([
        ['Young readers got a co', library?.storyId],
        ['Library director Fahad', library?.storyId],
        ['In a story on the corn', library?.storyId],
      ]);
    } finally {
      stores.close();
    }
  });
});
