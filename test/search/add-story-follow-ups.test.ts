import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { addStoryFollowUps } from '../../src/search/add-story-follow-ups.js';
import { loadNameVocabulary } from '../../src/search/load-name-vocabulary.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: a children's reading hall opens, told in Arabic and English on Tuesday; on
// Thursday only the Arabic wire follows it up (how many came), under a story of its own; and other
// Arabic copy of those days.
const WIRE = [
  {
    date: '2026-02-10T10:00:00Z',
    text: `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- افتتحت المكتبة الوطنية اليوم الثلاثاء قاعة مطالعة جديدة للأطفال تضم 3500 كتاب في منطقة الشويخ.
وقال مدير المكتبة فهد الشمري إن القاعة ستفتح أبوابها كل مساء.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-02-10T10:30:00Z',
    text: `Date : 10/02/2026
KUWAIT, Feb 10 (KUNA) -- The National Library opened a new reading hall for children with 3,500 books in Shuwaikh on Tuesday.
Library director Fahad Al-Shammari said the hall would open every evening. (end)
ab.cd
`,
  },
  {
    date: '2026-02-10T11:00:00Z',
    text: `التاريخ : 10/02/2026
الكويت - 10 - 2 (كونا) -- توقعت إدارة الأرصاد الجوية طقسا معتدلا نهارا وباردا ليلا مع رياح شمالية غربية.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-02-12T09:00:00Z',
    text: `التاريخ : 12/02/2026
الكويت - 12 - 2 (كونا) -- قال مدير المكتبة الوطنية فهد الشمري اليوم الخميس إن جناح الأطفال في الشويخ استقبل 900 زائر في يومين.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-02-12T11:00:00Z',
    text: `التاريخ : 12/02/2026
الكويت - 12 - 2 (كونا) -- أعلنت وزارة الكهرباء والماء اليوم الخميس قطع التيار الكهربائي عن منطقة الجهراء لأعمال صيانة.(النهاية)
م ص / ع ج
`,
  },
];

const store = () => openWireStore(join(tempDir(), 'store.db'), WIRE);

describe('the best story’s follow-up in the other language, filed under another story', () => {
  it('comes after the story’s passages, given the story, found by the words of the story’s version in that language', async () => {
    const stores = await store();
    try {
      const hits = await stores.dispatches.searchPassages({ groups: [[['librari'], analyseText('المكتبة')], [['hall'], analyseText('قاعة')]] }, { limit: 10, until: '2026-02-10' });
      const story = hits[0]?.storyId;
      expect(hits.filter((hit) => hit.storyId === story).map((hit) => hit.lang).sort()).toContain('ar');
      const followed = await addStoryFollowUps(stores.dispatches, hits, 'ar', await loadNameVocabulary(stores.dispatches));
      const update = followed.findIndex((hit) => hit.text.includes('900 زائر'));
      expect(update).toBeGreaterThan(0);
      expect(followed[update]?.storyId).toBe(story);
      expect(followed.slice(0, update).every((hit) => hit.storyId === story)).toBe(true);
      expect(followed.some((hit) => hit.text.includes('الجهراء'))).toBe(false);
    } finally {
      stores.close();
    }
  });

  it('lets an English question reach the figure only the Arabic follow-up gives, in words the question has no form for', async () => {
    const stores = await store();
    try {
      const retrieval = await retrievePassages(stores.dispatches, 'How many came to the reading hall?', new Date('2026-02-13T12:00:00Z'));
      expect([...retrieval.relevant, ...retrieval.nearby].map((hit) => hit.text)).toContainEqual(expect.stringContaining('900 زائر'));
    } finally {
      stores.close();
    }
  });
});
