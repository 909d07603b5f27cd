import { describe, expect, it } from 'vitest';
import { conditionAsked } from '../../src/answer/asks-condition.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-11-12T12:00:00Z');

// Written for this test: a worker hurt at a building site, told in both languages on the day, and an English
// update two days later saying he went home. No version uses a word for his condition; a traffic accident elsewhere
// does (`حالته مستقرة`), so the asker's word is one the store holds.
const STORY = [
  {
    date: '2026-11-07T08:00:00Z',
    text: `التاريخ : 07/11/2026
الكويت - 7 - 11 (كونا) -- قالت الإدارة العامة للمرور اليوم السبت إن سائقا أصيب في حادث تصادم على طريق الجهراء وحالته مستقرة.(النهاية)
س م / ع ن
`,
  },
  {
    date: '2026-11-08T09:00:00Z',
    text: `التاريخ : 08/11/2026
الكويت - 8 - 11 (كونا) -- قالت قوة الإطفاء العام اليوم الأحد إن عاملا سقط من سقالة في موقع بناء بمنطقة السالمية ونقل إلى مستشفى مبارك الكبير.(النهاية)
س م / ع ن
`,
  },
  {
    date: '2026-11-08T09:30:00Z',
    text: `Date : 08/11/2026
KUWAIT, Nov 8 (KUNA) -- A worker fell from scaffolding at a building site in Salmiya on Sunday and was taken to Mubarak Al-Kabeer Hospital, the General Fire Force said. (end)
sm.an
`,
  },
  {
    date: '2026-11-10T10:00:00Z',
    text: `Date : 10/11/2026
UPDATE: Salmiya scaffolding worker leaves hospital
KUWAIT, Nov 10 (KUNA) -- The worker who fell from scaffolding in Salmiya on Sunday left Mubarak Al-Kabeer Hospital on Tuesday, the Ministry of Health said. (end)
sm.an
`,
  },
];

const ask = (question: string) => askOnFiledWires(tempDir(), STORY, question, now);

describe('a condition asked', () => {
  it('reads how someone is, in either language, and not a count of cases', () => {
    expect(conditionAsked('العامل شلون حالته الحين؟')).toBe('حالته');
    expect(conditionAsked('كيف حالة المصابين؟')).toBe('حاله');
    expect(conditionAsked('how is the injured worker doing?')).toBe('doing');
    expect(conditionAsked("what's his condition?")).toBe('condition');
    expect(conditionAsked('كم حالة غرق سجلت؟')).toBeUndefined();
    expect(conditionAsked('how many cases were there?')).toBeUndefined();
  });

  it('answers how someone is now with the newest report on them, in the other language', async () => {
    const result = await ask('الأخ اللي طاح في السالمية شلون حالته الحين؟');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/left Mubarak Al-Kabeer Hospital/);
  });

  it('takes the word for the condition for the asking, not a topic a passage must name', () => {
    const question = 'السائق شلون حالته الحين؟';
    const names = buildNameVocabulary([...analyseText('حالته'), ...analyseText('السائق')]);
    const word = analyseText('حالته')[0];
    const concept = weighConcepts(expandQuery(question, { names }), question, names, 10, null).list.find((c) => c.group.some((phrase) => phrase[0] === word));
    expect(concept?.critical).toBe(false);
  });
});
