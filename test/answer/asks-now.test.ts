import { describe, expect, it } from 'vitest';
import { asksNow } from '../../src/answer/asks-now.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

// A kite festival opened on Thursday 12 November 2026 for three days, told in both languages; on Monday the 16th an
// Arabic update told that it had been extended. Written for this test.
const FILED = [
  { date: '2026-11-12T07:00:00Z', text: `Kite festival opens on Gulf Road beach
KUWAIT, Nov 12 (KUNA) -- A kite festival with 60 flyers from 11 countries opened on the Gulf Road beach on Thursday, its organisers said.
Organiser Fahad Al-Rashidi told KUNA the kite festival would run for three days and close on Saturday evening. (end)
ab.cd
` },
  { date: '2026-11-12T07:30:00Z', text: `انطلاق مهرجان للطائرات الورقية على شاطئ شارع الخليج
الكويت - 12 - 11 (كونا) -- انطلق اليوم الخميس على شاطئ شارع الخليج مهرجان للطائرات الورقية بمشاركة 60 لاعبا من 11 دولة.
وقال المنظم فهد الرشيدي ل(كونا) إن المهرجان يستمر ثلاثة أيام ويختتم مساء السبت.(النهاية)
م ع / ح س
` },
  { date: '2026-11-16T12:00:00Z', text: `تحديث: 8 آلاف زائر لمهرجان الطائرات الورقية
الكويت - 16 - 11 (كونا) -- قال منظم مهرجان الطائرات الورقية على شاطئ شارع الخليج فهد الرشيدي اليوم الاثنين إن 8 آلاف زائر حضروا المهرجان في أيامه الأولى.
وأضاف أن المهرجان مدد أربعة أيام ليغلق مساء الأربعاء.(النهاية)
م ع / ح س
` },
];

const ask = (question: string) => askOnFiledWires(tempDir(), FILED, question, new Date('2026-11-17T07:00:00Z'));
const citedDays = (result: Awaited<ReturnType<typeof ask>>) => (result.found ? result.citations.map((c) => c.date) : []);

describe('a question asking how a thing stands now', () => {
  it('reads "now", "so far", "still" and the Gulf الحين, لين الحين as asking it', () => {
    const asking = ['when does the kite festival close now', 'total people tested so far', 'is the market still open?', 'متى الحين بتنضم العيادات للخدمة؟', 'عطني عدد الممرات اللي خلصت لين الحين'];
    const notAsking = ['who knows when the festival closes?', 'متى يختتم المهرجان؟'];
    expect(asking.filter((question) => !asksNow(question))).toEqual([]);
    expect(notAsking.filter(asksNow)).toEqual([]);
  });

  it('is answered first by the story’s newest report, which moved the date', async () => {
    const result = await ask('when does the kite festival close now');
    expect(citedDays(result)[0]).toBe('2026-11-16');
  });
});
