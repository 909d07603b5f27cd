import { describe, expect, it } from 'vitest';
import { countedNouns, countsUnlisted } from '../../src/answer/counted-nouns.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T12:00:00Z');

// Written for this test: a honey championship told in both languages. Only the Arabic version says how
// many beekeepers took part, in a paragraph that names the championship in its own words (`البطولة`);
// no list has an Arabic form for "beekeeper" nor an English one for `نحال`.
const STORY = [
  {
    date: '2026-05-07T10:00:00Z',
    text: `Date : 07/05/2026
KUWAIT, May 7 (KUNA) -- Kuwaiti beekeepers competed in the first national honey championship, which opened in Wafra on Thursday, the Public Authority for Agriculture Affairs said.
Championship organiser Khalid Al-Mutairi said the judges would taste sidr and spring honey over three days. (end)
ab.cd
`,
  },
  {
    date: '2026-05-07T10:20:00Z',
    text: `التاريخ : 07/05/2026
الكويت - 7 - 5 (كونا) -- انطلقت اليوم الخميس في الوفرة البطولة الوطنية الأولى للعسل التي تنظمها الهيئة العامة لشؤون الزراعة وتستمر ثلاثة أيام.
وقال منظم البطولة خالد المطيري ل(كونا) إن 35 نحالا شاركوا في البطولة بإنتاج بلغ 600 كيلوغرام.(النهاية)
م ص / ع ج
`,
  },
];

const ask = (question: string) => askOnFiledWires(tempDir(), STORY, question, now);

// The same championship, its English version naming the beekeepers and the championship in different
// paragraphs, and never "took part", which another dispatch writes: on the question's own words that
// version is off the topic, yet it is the version whose figures the Arabic count is checked against.
const OFF_TOPIC_VERSION = [
  {
    date: '2026-05-06T09:00:00Z',
    text: `Date : 06/05/2026
KUWAIT, May 6 (KUNA) -- Some 40 schools took part in a science fair in Hawalli on Wednesday, the Ministry of Education said. (end)
ab.cd
`,
  },
  {
    date: '2026-05-07T10:00:00Z',
    text: `Date : 07/05/2026
KUWAIT, May 7 (KUNA) -- Kuwait's first national honey championship opened in Wafra on Thursday, the Public Authority for Agriculture Affairs said.
Organiser Khalid Al-Mutairi said a jury of beekeepers would taste sidr and spring honey over three days. (end)
ab.cd
`,
  },
  STORY[1] as (typeof STORY)[number],
];

describe('a count told by a word the asker’s language has no listed form for', () => {
  it('reads the word after each figure in digits, in either script', () => {
    expect(countedNouns('إن 35 نحالا شاركوا بإنتاج بلغ 600 كيلوغرام')).toEqual(['نحالا', 'كيلوغرام']);
    expect(countedNouns('some 1,200 visitors and 3.5 tonnes')).toEqual(['visitors', 'tonnes']);
  });

  it('tells a counted word no list knows from a unit or a listed word', () => {
    expect(countsUnlisted('إن 35 نحالا شاركوا', 'en')).toBe(true);
    expect(countsUnlisted('بإنتاج بلغ 600 كيلوغرام', 'en')).toBe(false);
    expect(countsUnlisted('بلغ 600 طن', 'en')).toBe(false);
  });

  it('answers how many from the Arabic paragraph that names the championship itself and counts beekeepers by its own word', async () => {
    const result = await ask('How many beekeepers took part in the honey championship?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/35 نحالا/);
  });

  it('answers from the Arabic count though the English version, checked for the figure, is off the topic in the question\'s words', async () => {
    const result = await askOnFiledWires(tempDir(), OFF_TOPIC_VERSION, 'How many beekeepers took part in the honey championship?', now);
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/35 نحالا/);
  });

  it('still declines a count of a thing neither version names', async () => {
    const result = await ask('How many judges tasted honey at the championship?');
    expect(result.found).toBe(false);
  });
});
