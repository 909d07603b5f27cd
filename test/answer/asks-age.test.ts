import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { asksAge, tellsAge } from '../../src/answer/asks-age.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-08-05T12:00:00Z');

// Written for this test: a fisherman rescued after his boat drifted, told in both languages. Only the English
// version gives his age; the Arabic version gives how far out he was found instead. A bridge's working life, filed
// the day before, holds the word for age (`عمر`) on another topic.
const BRIDGE = {
  date: '2026-08-03T09:00:00Z',
  text: `التاريخ : 03/08/2026
الكويت - 3 - 8 (كونا) -- قالت وزارة الأشغال العامة اليوم الاثنين إن أعمال صيانة الجسر ستطيل عمر الجسر الافتراضي 25 عاما.(النهاية)
س م / ع ن
`,
};
const STORY = [
  {
    date: '2026-08-04T10:00:00Z',
    text: `التاريخ : 04/08/2026
الكويت - 4 - 8 (كونا) -- قالت الإدارة العامة لخفر السواحل اليوم الثلاثاء إن دورياتها أنقذت صيادا انجرف قاربه المطاطي على بعد 6 أميال بحرية من جزيرة فيلكا.(النهاية)
س م / ع ن
`,
  },
  {
    date: '2026-08-04T10:30:00Z',
    text: `Date : 04/08/2026
KUWAIT, Aug 4 (KUNA) -- Coast guard patrols rescued a 52-year-old man whose fishing boat drifted off Failaka island on Tuesday, the General Administration of Coast Guard said. (end)
sm.an
`,
  },
];

const ask = (question: string) => askOnFiledWires(tempDir(), [BRIDGE, ...STORY], question, now);
const askArabicOnly = (question: string) => askOnFiledWires(tempDir(), [BRIDGE, STORY[0] as (typeof STORY)[number]], question, now);

describe('an age asked', () => {
  it('reads "how old" and its Arabic forms as an age asked, and a count as none', () => {
    expect(asksAge('كم عمر الصياد اللي انجرف قاربه؟')).toBe(true);
    expect(asksAge('how old was the fisherman?')).toBe(true);
    expect(asksAge('at what age can children enrol?')).toBe(true);
    expect(asksAge('كم صياد انقذوا؟')).toBe(false);
    expect(answerTypeOf('how old was the fisherman?')).toBe('number');
  });

  it('reads the noun of age with a possessive only: a longer word that begins so is another noun (a hook)', () => {
    expect(asksAge('كم عمره الصياد؟')).toBe(true);
    expect(asksAge('كم أعمارهم؟')).toBe(true);
    expect(asksAge('كم سنارة طلعوا من بطن السمكة؟')).toBe(false);
    expect(asksAge('كم سنين صار له بالبحر؟')).toBe(false);
  });

  it('reads an age as the wire writes it in either language, and not any figure', () => {
    expect(tellsAge('rescued a 52-year-old fisherman')).toBe(true);
    expect(tellsAge('the three men, aged 20 to 25, were taken to hospital')).toBe(true);
    expect(tellsAge('أنقذت طفلا في الخامسة من عمره')).toBe(true);
    expect(tellsAge('رجل يبلغ من العمر 60 عاما')).toBe(true);
    expect(tellsAge('للأطفال الذين يتمون خمس سنوات')).toBe(true);
    expect(tellsAge('on 6 nautical miles off Failaka after 40 years of service')).toBe(false);
    expect(tellsAge('على بعد 6 أميال بحرية')).toBe(false);
    expect(tellsAge('the oldest boat on show, a 1934 pearling dhow')).toBe(true);
    expect(tellsAge('call the 1800-555 hotline')).toBe(false);
  });

  it('reads an age told as a person of a bare figure, the youngest or oldest as a figure, an age in months and a pair\'s age', () => {
    expect(tellsAge('and that the first to finish was a girl of 13.')).toBe(true);
    expect(tellsAge('the winner, a boy of nine, had trained for a year')).toBe(true);
    expect(tellsAge('the youngest rider was 15 and the oldest 64, he said')).toBe(true);
    expect(tellsAge('the youngest patient on the list was six weeks old')).toBe(true);
    expect(tellsAge('وقال إن أكبر المتسابقين شقيقان عمرهما 70 عاما')).toBe(true);
    expect(tellsAge('a group of 40 volunteers cleaned the beach')).toBe(false);
    expect(tellsAge('the oldest 20 trees in the park were fenced off')).toBe(false);
  });

  it('answers an Arabic "how old" from the English version that gives the age', async () => {
    const result = await ask('كم عمر الصياد اللي انجرف قاربه قرب فيلكا؟');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/52-year-old/);
  });

  it('does not take another figure of the story for the age', async () => {
    const result = await askArabicOnly('كم عمر الصياد اللي انجرف قاربه قرب فيلكا؟');
    expect(result.found).toBe(false);
  });
});
