import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStoriesInRange } from '../../src/answer/add-stories-in-range.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: on Tuesday a kite festival at Wafra, told in both languages; on Wednesday
// a camel race at Wafra, another event of the same place and organiser, told in both languages too.
const WIRE = [
  {
    date: '2026-03-03T09:00:00Z',
    text: `Date : 03/03/2026
KUWAIT, March 3 (KUNA) -- A kite festival opened at the Wafra farms on Tuesday, its organiser Saud Al-Mutawa said, with 45 families flying kites over the fields.
The festival runs until Friday evening. (end)
ab.cd
`,
  },
  {
    date: '2026-03-03T09:30:00Z',
    text: `التاريخ : 03/03/2026
الكويت - 3 - 3 (كونا) -- افتتح مهرجان للطائرات الورقية في مزارع الوفرة اليوم الثلاثاء بمشاركة 45 أسرة حلقت بطائراتها فوق الحقول وفق منظمه سعود المطوع.
ويستمر المهرجان حتى مساء الجمعة.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-03-04T10:00:00Z',
    text: `التاريخ : 04/03/2026
الكويت - 4 - 3 (كونا) -- شارك 60 جملا اليوم الأربعاء في سباق للهجن أقيم في الوفرة، وقال المنظم سعود المطوع إن الناقة "غزالة" فازت بالشوط الأخير.(النهاية)
م ص / ع ج
`,
  },
  {
    date: '2026-03-04T10:30:00Z',
    text: `Date : 04/03/2026
KUWAIT, March 4 (KUNA) -- Sixty camels ran in a race at Wafra on Wednesday, organiser Saud Al-Mutawa said, the last heat won by the she-camel Ghazala. (end)
ab.cd
`,
  },
];

const WEDNESDAY = { since: '2026-03-04', until: '2026-03-04' };

describe('the stories of any time that the days asked go on with', () => {
  it('leaves a dispatch of the days asked in its own story when that story is told there in both languages, not moved to an earlier story of the same place', async () => {
    const stores = await openWireStore(join(tempDir(), 'store.db'), WIRE);
    try {
      const query = { groups: [[['wafra'], analyseText('الوفرة')]] };
      const filed = await stores.dispatches.searchPassages(query, { limit: 20, ...WEDNESDAY });
      const anyTime = await stores.dispatches.searchPassages(query, { limit: 20 });
      const race = [...new Set(filed.map((hit) => hit.storyId))];
      // The race is one story of its own, in both languages, and the festival another.
      expect(race).toHaveLength(1);
      expect(new Set(filed.map((hit) => hit.lang))).toEqual(new Set(['ar', 'en']));
      expect(anyTime.some((hit) => hit.storyId !== race[0])).toBe(true);
      const { hits } = await addStoriesInRange(stores.dispatches, filed, anyTime, WEDNESDAY);
      expect(hits.filter((hit) => hit.text.includes('غزالة') || hit.text.includes('Ghazala')).map((hit) => hit.storyId)).toEqual([race[0], race[0]]);
      expect(hits.every((hit) => hit.storyId === race[0])).toBe(true);
    } finally {
      stores.close();
    }
  });

  it('still gives an earlier story the update the days asked hold only in the other language, filed under a story of its own', async () => {
    // Wednesday's race copy in Arabic only: the English wire filed nothing of it that day.
    const stores = await openWireStore(join(tempDir(), 'store.db'), WIRE.filter((_, i) => i !== 3));
    try {
      const filed = await stores.dispatches.searchPassages({ groups: [[['wafra'], analyseText('الوفرة')]] }, { limit: 20, ...WEDNESDAY });
      const anyTime = await stores.dispatches.searchPassages({ groups: [[['kite'], analyseText('الطائرات')]] }, { limit: 20 });
      const festival = anyTime[0]?.storyId;
      expect(filed.every((hit) => hit.storyId !== festival && hit.lang === 'ar')).toBe(true);
      const { hits } = await addStoriesInRange(stores.dispatches, filed, anyTime, WEDNESDAY);
      expect(hits.filter((hit) => hit.text.includes('غزالة')).map((hit) => hit.storyId)).toEqual([festival]);
    } finally {
      stores.close();
    }
  });
});
