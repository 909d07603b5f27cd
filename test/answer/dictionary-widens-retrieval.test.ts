import { describe, expect, it } from 'vitest';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';
import { retrieveOverFiled } from '../helpers/retrieve-over-filed.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: an English report of murals painted in a park, and an Arabic report of another story, so no Arabic
// dispatch writes `جدارية`.
const FILED = `Date : 14/08/2026
Nine murals painted at Shaab Park
KUWAIT, Aug 14 (KUNA) -- Young artists painted nine murals on the walls of Shaab Park over two weeks, Kuwait Municipality said on Friday. (end)
ab.cd

Date : 14/08/2026
استقرار الدينار أمام الدولار
الكويت - 14 - 8 (كونا) -- قال بنك الكويت المركزي اليوم الجمعة إن سعر صرف الدينار استقر أمام الدولار الأمريكي. (النهاية)
ف ع / ع ح
`;

// An invented entry: the Arabic word and the English word the wire writes.
const dictionary = buildBilingualDictionary([dictdSource([['جدارية', 'جدارية\nmural\n']])]);
const now = new Date('2026-08-14T20:00:00Z');

const ask = (question: string, withDictionary: boolean) => retrieveOverFiled(tempDir(), FILED, question, now, withDictionary ? dictionary : null);

describe('the general dictionary widens a required Arabic word no dispatch writes', () => {
  it('finds the count in the English copy (`الجداريات`, "murals")', async () => {
    const question = 'كم عدد الجداريات في حديقة الشعب؟';
    expect((await ask(question, false)).relevant).toEqual([]);
    expect((await ask(question, true)).relevant[0]?.text).toMatch(/nine murals/);
  });
});
