import { describe, expect, it } from 'vitest';
import { dayAskedFirst, withStoryDayAsked } from '../../src/answer/story-day-asked.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const hit = (dispatchId: string, paragraph: number, storyId: string, date: string, lang: 'ar' | 'en', text: string): PassageHit => ({
  dispatchId, paragraph, text, score: 1, date, lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId,
});

// A flea market opened on Friday 13 November; its update of Sunday the 15th tells what the asker saw that day.
const opened = hit('en-13', 1, 'flea-market', '2026-11-13', 'en', 'The director said a stall cost KD 15 a day and that the market opens on Fridays and Saturdays.');
const openedAr = hit('ar-13', 1, 'flea-market', '2026-11-13', 'ar', 'وقال المدير إن السوق يفتح يومي الجمعة والسبت.');
const updateLead = hit('ar-15', 0, 'flea-market', '2026-11-15', 'ar', 'قالت بلدية الكويت اليوم الأحد إن السوق استقبل 22 ألف زائر في عطلته الأولى.');
const updateMore = hit('ar-15', 1, 'flea-market', '2026-11-15', 'ar', 'وقال المدير إن السوق سيفتح يوم الخميس أيضا اعتبارا من ديسمبر.');
const otherStory = hit('en-15', 0, 'franchising', '2026-11-15', 'en', 'The ministry said 214 franchise contracts had been registered.');

describe('the story’s dispatch of the day the asker names', () => {
  it('joins the story’s passages, its best passage before the story’s first, once a dispatch', () => {
    expect(withStoryDayAsked([opened, openedAr], [updateMore, updateLead, otherStory], '2026-11-15')).toEqual([updateMore, opened, openedAr]);
  });

  it('brings nothing of a story that does not answer, nor a dispatch of another day', () => {
    expect(withStoryDayAsked([opened], [otherStory], '2026-11-15')).toEqual([opened]);
    expect(withStoryDayAsked([opened], [openedAr], '2026-11-15')).toEqual([opened]);
  });

  it('brings a version of that day the judge left out beside one it kept', () => {
    expect(withStoryDayAsked([opened], [openedAr], '2026-11-13')).toEqual([openedAr, opened]);
  });

  it('is quoted first within its story in either language, the stories kept in order', () => {
    const other = hit('en-16', 0, 'franchising', '2026-11-16', 'en', 'The ministry said 300 contracts had been registered.');
    expect(dayAskedFirst([opened, openedAr, updateMore, other, otherStory], '2026-11-15')).toEqual([updateMore, opened, openedAr, otherStory, other]);
    expect(dayAskedFirst([opened, updateMore], undefined)).toEqual([opened, updateMore]);
  });
});

// A used-book market opened on Friday 13 November 2026 in both languages; on Sunday the 15th an Arabic update told
// that it would open on Thursdays too. Written for this test.
const FILED = [
  { date: '2026-11-13T07:00:00Z', text: `Used-book market opens in Salmiya
KUWAIT, Nov 13 (KUNA) -- A weekend market for used books opened in Salmiya on Friday with 90 stalls, the Kuwait Municipality said.
Market supervisor Nasser Al-Enezi told KUNA that a stall cost KD 10 a day and that the book market would open on Fridays and Saturdays from 8 a.m. to noon. (end)
ab.cd
` },
  { date: '2026-11-13T07:30:00Z', text: `افتتاح سوق للكتب المستعملة في السالمية
الكويت - 13 - 11 (كونا) -- افتتحت بلدية الكويت اليوم الجمعة سوقا للكتب المستعملة في السالمية يضم 90 بسطة.
وقال المشرف على السوق ناصر العنزي ل(كونا) إن سوق الكتب يفتح يومي الجمعة والسبت من الثامنة صباحا حتى الظهر.(النهاية)
م ع / ح س
` },
  { date: '2026-11-15T12:00:00Z', text: `تحديث: 9 آلاف زائر لسوق الكتب المستعملة في السالمية
الكويت - 15 - 11 (كونا) -- قالت بلدية الكويت اليوم الأحد إن سوق الكتب المستعملة في السالمية استقبل 9 آلاف زائر في عطلته الأولى.
وقال ناصر العنزي إن البلدية ستضيف 40 بسطة، وإن السوق سيفتح يوم الخميس أيضا اعتبارا من ديسمبر.(النهاية)
م ع / ح س
` },
];

const ask = (question: string) => askOnFiledWires(tempDir(), FILED, question, new Date('2026-11-17T07:00:00Z'));
const citedDays = (result: Awaited<ReturnType<typeof ask>>) => (result.found ? result.citations.map((c) => c.date) : []);

describe('a question naming the day of the report', () => {
  it('quotes first the story’s dispatch filed that day, in the other language, before the first day’s that match its words better', async () => {
    const result = await ask('how many stalls does the salmiya book market have? kuna had it on sunday');
    expect(citedDays(result)[0]).toBe('2026-11-15');
    expect(result.citations[0]?.quote).toContain('ستضيف 40 بسطة');
  });

  it('quotes first the first day’s when the asker names that day', async () => {
    expect(citedDays(await ask('how many stalls does the salmiya book market have? kuna had it on friday'))[0]).toBe('2026-11-13');
  });
});
