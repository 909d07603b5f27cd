import { describe, expect, it } from 'vitest';
import { linksAnswerFiller } from '../../src/answer/link-answer-filler.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// Our own sentences. An Arabic ban on fishing that gives its start and its end; an English ban
// that gives its start only; a central bank that cuts a rate; a weather warning in both languages.
const ARABIC_BAN = `التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- أعلنت الهيئة العامة للزراعة اليوم الثلاثاء حظر صيد الروبيان في المياه الإقليمية اعتبارا من 1 مايو حتى 31 يوليو.(النهاية)
ع م / س ر
`;

const ENGLISH_BAN = `Date : 10/03/2026
KUWAIT, March 10 (KUNA) -- Kuwait will ban fishing for hamour in its territorial waters from May 1 to protect spawning stocks, the agriculture authority said on Tuesday. (end)
ab.cd
`;

const RATE_CUT = `Date : 11/03/2026
KUWAIT, March 11 (KUNA) -- The Central Bank of Kuwait cut its discount rate by 25 basis points to 4 percent on Wednesday, the bank said in a statement. (end)
ab.cd
`;

const WARNING = `Date : 10/03/2026
KUWAIT, March 10 (KUNA) -- The Meteorological Department warned on Tuesday of thundery rain and strong winds over the coming two days. (end)
ab.cd

التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- حذرت إدارة الأرصاد الجوية اليوم الثلاثاء من أمطار رعدية ورياح قوية خلال اليومين المقبلين.(النهاية)
ع م / س ر
`;

const DAY_OFF = `التاريخ : 09/03/2026
الكويت - 9 - 3 (كونا) -- قرر مجلس الوزراء اليوم الاثنين تعطيل العمل في الوزارات والجهات الحكومية يوم الخميس 19 مارس بمناسبة ذكرى الاستقلال.(النهاية)
ع م / س ر
`;

const ask = (wire: string, question: string) => askOnWire(tempDir(), wire, question, now);

describe('a question answered from the other language', () => {
  it('answers an English question from an Arabic passage: fishing, ban and start have Arabic forms', async () => {
    const result = await ask(ARABIC_BAN, 'When does the fishing ban start?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/اعتبارا من 1 مايو/);
  });

  it('answers an Arabic question from an English passage', async () => {
    const result = await ask(ENGLISH_BAN, 'متى يبدأ حظر الصيد؟');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/from May 1/);
  });

  it('reads "Met Department" as the weather office, not as a meeting', async () => {
    expect(expandQuery('What did the Met Department warn about?').entities).toContain('met-department');
    const result = await ask(WARNING, 'What did the Met Department warn about?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Meteorological Department warned|حذرت إدارة الأرصاد/);
  });
});

describe('a paraphrase within a language', () => {
  it('links "drop" to "cut": the lexicon joins them', async () => {
    const result = await ask(RATE_CUT, 'By how much did the central bank drop its discount rate?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/25 basis points/);
  });

  it('links a holiday (عطلة) to a suspension of work (تعطيل العمل)', async () => {
    const result = await ask(DAY_OFF, 'متى عطلة ذكرى الاستقلال؟');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/تعطيل العمل/);
  });

  it('links "start" to a date given as a beginning, and "end" to one given as an end', () => {
    const at = (word: string) => (tokens: readonly string[]) => tokens.flatMap((t, i) => (analyseText(word).includes(t) ? [i] : []));
    const sentence = 'Kuwait will ban fishing for hamour from May 1 to July 31.';
    expect(linksAnswerFiller(sentence, 'date', at('start'))).toBe(true);
    expect(linksAnswerFiller(sentence, 'date', at('end'))).toBe(true);
    expect(linksAnswerFiller('حظر الصيد اعتبارا من 1 مايو', 'date', at('بدء'))).toBe(true);
    // a deadline for being ready is when it starts working; a figure after "by" is no date
    expect(linksAnswerFiller('The new terminal should be operational by 2029.', 'date', at('start'))).toBe(true);
    expect(linksAnswerFiller('The bank cut its rate by 25 basis points on Wednesday.', 'date', at('start'))).toBe(false);
    // a date that is neither: the day something was announced does not say when it starts
    expect(linksAnswerFiller('The authority announced the ban on May 1.', 'date', at('start'))).toBe(false);
  });
});

describe('a near miss is still declined', () => {
  it('declines when the ban ends if only its start is given', async () => {
    const result = await ask(ENGLISH_BAN, 'When does the fishing ban end?');
    expect(result.found).toBe(false);
  });

  it('declines an Arabic question on when the ban ends if the English passage gives its start only', async () => {
    const result = await ask(ENGLISH_BAN, 'متى ينتهي حظر الصيد؟');
    expect(result.found).toBe(false);
  });
});
