import { describe, expect, it } from 'vitest';
import { judgedByDictionary } from '../../src/answer/judged-by-dictionary.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';
import { retrieveOverFiled } from '../helpers/retrieve-over-filed.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// Written for this test: an Arabic report of tinting shops told to issue a certificate for every car, and why, its shorter
// English version, which leaves the certificate and the purpose out, and an English report of another story, so no
// English dispatch writes "certificate" although the story has an English copy.
const FILED = `Date : 06/08/2026
Tinting shops must issue a paper for every car
KUWAIT, Aug 6 (KUNA) -- Car tinting shops must give every car a paper showing its tint level, Fahad Al-Ali, director of the technical inspection department, said on Thursday. (end)
ab.cd

Date : 06/08/2026
إلزام محلات التظليل بإصدار شهادة لكل سيارة
الكويت - 6 - 8 (كونا) -- قال مدير إدارة الفحص الفني فهد العلي اليوم الخميس إن على محلات تظليل السيارات إصدار شهادة لكل سيارة تبين نسبة التظليل بهدف التأكد من أنها لا تتجاوز الحد المسموح. (النهاية)
ف ع / ع ح

Date : 06/08/2026
Boursa Kuwait closes higher
KUWAIT, Aug 6 (KUNA) -- Boursa Kuwait closed higher on Thursday, its main index up 0.4 percent on banking stocks. (end)
ab.cd
`;

const dictionary = buildBilingualDictionary([dictdSource([['certificate', 'Certificate /sətˈɪfɪkət/\nالشهادة\n']])]);
const now = new Date('2026-08-06T20:00:00Z');

const ask = (question: string, withDictionary: boolean) => retrieveOverFiled(tempDir(), FILED, question, now, withDictionary ? dictionary : null);

describe('the general dictionary judges a question asking who said a thing', () => {
  it('finds the speaker in the other language’s copy through a word only the dictionary translates', async () => {
    const question = 'who said cars need a certificate?';
    expect((await ask(question, false)).relevant).toEqual([]);
    const r = await ask(question, true);
    expect(r.relevant[0]?.text).toMatch(/فهد العلي/);
  });

  it('finds the story of a question it does not judge', async () => {
    const found = await ask('did the ministry say cars need a certificate?', true);
    expect(found.relevant).toEqual([]);
    expect([...found.partial, ...found.nearby].map((hit) => hit.text)).toContainEqual(expect.stringMatching(/فهد العلي/));
  });

  it('is for questions asking who said a thing, in both languages', () => {
    expect(judgedByDictionary('who said tinting shops must issue a certificate?')).toBe(true);
    expect(judgedByDictionary('منو قال لازم شهادة لكل سيارة؟')).toBe(true);
    expect(judgedByDictionary('which novel sold the most at the book fair?')).toBe(false);
    expect(judgedByDictionary('how many certificates were issued?')).toBe(false);
  });
});

describe('the general dictionary judges a question asking why', () => {
  it('finds the cause in the other language’s copy through a word only the dictionary translates', async () => {
    const question = 'why must tinting shops issue a certificate for every car?';
    expect((await ask(question, false)).relevant).toEqual([]);
    expect((await ask(question, true)).relevant[0]?.text).toMatch(/بهدف التأكد/);
  });

  it('is for questions asking why, in both languages, a lead-in naming the story before the asking word', () => {
    expect(judgedByDictionary('why must tinting shops issue a certificate?')).toBe(true);
    expect(judgedByDictionary('ليش لازم شهادة لكل سيارة؟')).toBe(true);
    expect(judgedByDictionary('عن خبر يوم الخميس، ليش لازم شهادة لكل سيارة؟')).toBe(true);
  });
});
