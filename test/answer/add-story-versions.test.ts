import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStoryVersions } from '../../src/answer/add-story-versions.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: one story told in English and in Arabic; only the Arabic version says how
// many lifeguards were on duty (a word no list translates), so an English question cannot reach it.
const STORY = [
  {
    date: '2026-02-08T10:00:00Z',
    text: `Date : 08/02/2026
KUWAIT, Feb 8 (KUNA) -- The municipality reopened Messila beach on Sunday after a week of repairs to its 2.5-kilometre seafront walkway, the municipality said.
The walkway will be open from 6 a.m. to midnight, it added. (end)
ab.cd
`,
  },
  {
    date: '2026-02-08T10:20:00Z',
    text: `التاريخ : 08/02/2026
الكويت - 8 - 2 (كونا) -- أعادت البلدية اليوم الأحد فتح شاطئ المسيلة بعد أسبوع من أعمال صيانة ممشاه البحري البالغ طوله 2ر5 كيلومتر.
وقال مدير الشاطئ إن 24 منقذا سيعملون على الشاطئ طوال اليوم.(النهاية)
م ص / ع ج
`,
  },
];

const store = () => openWireStore(join(tempDir(), 'store.db'), STORY);

describe('the best stories’ versions in the other language', () => {
  it('offers the paragraph only the other language’s version holds, though no word of the question reaches it', async () => {
    const stores = await store();
    try {
      const question = 'How many lifeguards will work at Messila beach after the walkway repairs?';
      const retrieval = await retrievePassages(stores.dispatches, question, new Date('2026-02-08T12:00:00Z'));
      const offered = [...retrieval.relevant, ...retrieval.nearby];
      expect(offered.map((hit) => hit.text)).toContainEqual(expect.stringContaining('24 منقذا'));
    } finally {
      stores.close();
    }
  });

  it('puts a version right after its story’s first hit, scored 0', async () => {
    const stores = await store();
    try {
      const [english] = await stores.dispatches.listDispatches({ lang: 'en', limit: 1 });
      const [arabic] = await stores.dispatches.listDispatches({ lang: 'ar', limit: 1 });
      expect(arabic?.storyId).toBe(english?.storyId);
      const hits = await stores.dispatches.searchPassages({ groups: [[['walkway']]] }, { limit: 5 });
      const found = hits.filter((hit) => hit.lang === 'en');
      const { hits: withVersions } = await addStoryVersions(stores.dispatches, found, 'ar');
      expect(withVersions[0]).toEqual(found[0]);
      expect(withVersions.slice(1, 3).map((hit) => [hit.lang, hit.paragraph, hit.score])).toEqual([
        ['ar', 0, 0],
        ['ar', 1, 0],
      ]);
      // A story search reached outside the days asked (it reports them) offers its version of its own day.
      const reporting = (await addStoryVersions(stores.dispatches, found, 'ar', { since: '2026-03-01', until: '2026-03-02' })).hits;
      expect(reporting.slice(1, 3).map((hit) => [hit.lang, hit.paragraph])).toEqual([
        ['ar', 0],
        ['ar', 1],
      ]);
    } finally {
      stores.close();
    }
  });

  it('moves a paragraph of the version that search ranked below another story up beside its story, with its score, once', async () => {
    const stores = await store();
    try {
      const [english] = await stores.dispatches.searchPassages({ groups: [[['walkway']]] }, { limit: 1 });
      const [lifeguards] = await stores.dispatches.searchPassages({ groups: [analyseText('منقذا').map((token) => [token])] }, { limit: 1 });
      expect(lifeguards?.paragraph).toBe(1);
      const other = { ...(english as PassageHit), dispatchId: 'other', storyId: 'other-story', text: 'Another story that shares a word.' };
      const { hits } = await addStoryVersions(stores.dispatches, [english as PassageHit, other, lifeguards as PassageHit], 'ar');
      expect(hits.map((hit) => [hit.dispatchId === other.dispatchId ? 'other' : hit.lang, hit.paragraph, hit.score])).toEqual([
        ['en', 0, english?.score],
        ['ar', 0, 0],
        ['ar', 1, lifeguards?.score],
        ['other', 0, english?.score],
      ]);
    } finally {
      stores.close();
    }
  });
});

// Written for this test: the beach story's English update five days on, filed under the same story.
const UPDATE = {
  date: '2026-02-13T09:00:00Z',
  text: `UPDATE: Messila beach walkway drew 40,000 visitors
KUWAIT, Feb 13 (KUNA) -- Some 40,000 people walked the 2.5-kilometre Messila beach seafront walkway in its first five days after the repairs, the municipality said on Friday.
The beach director said the lifeguards rescued three swimmers. (end)
ab.cd
`,
};

describe('the versions of a story told over several days', () => {
  it('offers the paragraphs of the day search found the update filed, not only those around the story’s first hit', async () => {
    const stores = await openWireStore(join(tempDir(), 'store.db'), [...STORY, UPDATE]);
    try {
      const listed = await stores.dispatches.listDispatches({ limit: 5 });
      expect(new Set(listed.map((d) => d.storyId)).size).toBe(1);
      const [arabic] = await stores.dispatches.searchPassages({ groups: [analyseText('منقذا').map((token) => [token])] }, { limit: 1 });
      const [update] = await stores.dispatches.searchPassages({ groups: [[['visitor']]] }, { limit: 1, lang: 'en' });
      expect([arabic?.date, update?.date, update?.paragraph]).toEqual(['2026-02-08', '2026-02-13', 0]);
      const { hits } = await addStoryVersions(stores.dispatches, [arabic as PassageHit, update as PassageHit], 'en');
      const texts = hits.map((hit) => hit.text);
      expect(texts).toContainEqual(expect.stringContaining('rescued three swimmers'));
      expect(texts).toContainEqual(expect.stringContaining('open from 6 a.m.'));
      // Asked about the update's day only, a story found that day gets no version filed days before.
      const sameDay = await addStoryVersions(stores.dispatches, [update as PassageHit], 'ar', { since: '2026-02-13', until: '2026-02-13' });
      expect(sameDay.hits).toEqual([update]);
    } finally {
      stores.close();
    }
  });
});
