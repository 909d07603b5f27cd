import { describe, expect, it } from 'vitest';
import { asksRank, tellsRank } from '../../src/answer/misses-rank-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// Heatstroke cases told as a total only, and dengue cases told with the area that had the most. Written for this test.
const WIRE = `Date : 05/05/2026
Hospitals treat 212 heatstroke cases
KUWAIT, May 5 (KUNA) -- Government hospitals treated 212 heatstroke cases in the first week of May, the Ministry of Health said on Tuesday.
(end)
ab.cd

Date : 05/05/2026
Clinics report 140 dengue cases
KUWAIT, May 5 (KUNA) -- Clinics reported 140 dengue cases in the first week of May, the Ministry of Health said on Tuesday.
Jahra recorded the highest number of dengue cases, with 61, the ministry said.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a ranking asked, a story that ranks nothing', () => {
  it('reads a ranking asked in both languages, not a comparison of two', () => {
    expect(asksRank('Which hospital had the most asthma emergencies?')).toBe(true);
    expect(asksRank('كم عمر أصغر طفل انحرق؟')).toBe(true);
    expect(asksRank('ايش أكثر سهم تداول بالبورصة؟')).toBe(true);
    expect(asksRank('الحين التسوس عند الطلاب أقل من قبل خمس سنين؟')).toBe(false);
    expect(asksRank('what brand do students buy most?')).toBe(true);
    expect(asksRank('How many cases were there?')).toBe(false);
    // Where the bulk is, answered by a part of the total; the newest asks a time.
    expect(asksRank('Where were most violations recorded?')).toBe(false);
    expect(asksRank('وين لقوا أكثر الأطفال العاملين؟')).toBe(false);
    expect(asksRank("what's the newest sambo result for kuwait?")).toBe(false);
    // A superlative before a measure's noun asks the thing's greatest measure, a figure.
    expect(asksRank('القارب الجديد شنو أعلى سرعة وصلها؟')).toBe(false);
    expect(asksRank('what was the highest wind speed in the storm?')).toBe(false);
    expect(asksRank('which boat had the highest speed?')).toBe(true);
    expect(asksRank('أي قارب وصل أعلى سرعة؟')).toBe(true);
    expect(asksRank('which is the fastest boat in the race?')).toBe(true);
  });

  it('takes a superlative, a first one or a limit for a ranking told, "more than" not', () => {
    expect(tellsRank(['India, Egypt and the Philippines received the largest shares.'])).toBe(true);
    expect(tellsRank(['وتصدر سهم بنك وربة قائمة الأسهم'])).toBe(true);
    expect(tellsRank(['إن أكثر حوادث الدهس وقعت على طريق الفحيحيل'])).toBe(true);
    expect(tellsRank(['Offices may charge no more than KD 750.'])).toBe(true);
    expect(tellsRank(['استقبلت أكثر من 500 حالة، بزيادة 22 في المئة عن يونيو'])).toBe(false);
    expect(tellsRank(['Hospitals received 8,360 cases, 22 percent more than in June.'])).toBe(false);
  });

  it('answers how many heatstroke cases the hospitals treated, no ranking asked', async () => {
    expect((await ask('How many heatstroke cases did the hospitals treat?')).found).toBe(true);
  });

  it('takes a story that ranks nothing for a near miss of a ranking asked, one that ranks it not', () => {
    const question = 'Which area had the most dengue cases?';
    const told = ['Clinics reported 140 dengue cases in the first week of May.', 'Jahra recorded the highest number of dengue cases, with 61.'];
    expect(nearMissOf(nearMissQuestion(question))(toldStory(told))).toBe(false);
    expect(nearMissOf(nearMissQuestion(question))(toldStory(told.slice(0, 1)))).toBe(true);
  });
});
