import { describe, expect, it } from 'vitest';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';
import { retrieveOverFiled } from '../helpers/retrieve-over-filed.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: an English report of a rose farm starting its harvest early, and its Arabic version, which alone
// tells how many flowers one bouquet takes; the English copy writes "flowers" only of when they are picked.
const FILED = `Date : 02/05/2026
Wafra rose farm starts harvest early
KUWAIT, May 2 (KUNA) -- A rose farm in Wafra has started its harvest two weeks early after a warm April, farm owner Ali Al-Enezi told KUNA on Saturday.
The flowers are best picked before sunrise, he said. (end)
ab.cd

Date : 02/05/2026
مزرعة ورد في الوفرة تبدأ القطف مبكرا
الوفرة - 2 - 5 (كونا) -- قال صاحب مزرعة ورد في الوفرة علي العنزي ل(كونا) اليوم السبت إن المزرعة بدأت قطف الورد قبل موعده بأسبوعين بسبب دفء أبريل.
وأضاف العنزي أن الباقة الواحدة تحتاج إلى نحو 40 زهرة. (النهاية)
ع ع / ف ع
`;

const dictionary = buildBilingualDictionary([dictdSource([['flower', 'Flower /flˈaʊə/\nزهرة\n']])]);
const now = new Date('2026-05-02T20:00:00Z');

const ask = (question: string) => retrieveOverFiled(tempDir(), FILED, question, now, dictionary);

describe('a passage in the other language is judged on a word it names through the dictionary', () => {
  it('answers from the Arabic version that names the translation of the asker’s word', async () => {
    const r = await ask('how many flowers go into one rose bouquet at the wafra farm?');
    expect(r.relevant.map((hit) => hit.text)).toContainEqual(expect.stringMatching(/40 زهرة/));
  });
});
