import { describe, expect, it } from 'vitest';
import { analyseWithDateMarks } from '../../src/answer/link-answer-filler.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-12T08:00:00Z');

// A kitchen's Ramadan meals, told in Arabic with a rate adverb. Written for this test.
const WIRE = `Date : 11/05/2026
مطبخ خيري يوزع وجبات الإفطار
الكويت - 11 - 5 (كونا) -- بدأ مطبخ الجمعية الخيرية في منطقة الرقة اليوم الاثنين، أول يوم من شهر رمضان، توزيع وجبات الإفطار على الأسر المتعففة.
وقال مدير المطبخ سالم الرشيدي ل(كونا) إن المطبخ يوزع نحو 2600 وجبة يوميا على الأسر في المنطقة. (النهاية)
ع ب
`;

describe('a rate told names its period: "daily", `يوميا` for a day asked', () => {
  it('adds the period of a rate a sentence tells to its tokens, in both languages', () => {
    const day = analyseText('day')[0] as string;
    const يوم = analyseText('يوم')[0] as string;
    expect(analyseWithDateMarks('The kitchen hands out about 2,600 meals daily.', 'number')).toEqual(expect.arrayContaining([day, يوم]));
    expect(analyseWithDateMarks('المطبخ يوزع نحو 2600 وجبة يوميا.', null)).toEqual(expect.arrayContaining([day, يوم]));
    expect(analyseWithDateMarks('The kitchen opened on Monday.', 'number')).not.toContain(day);
  });

  it('answers "how many meals a day" from a passage that says `يوميا`', async () => {
    const result = await ask('كم وجبة يوزع المطبخ الخيري في الرقة كل يوم؟');
    expect(result.frame).toEqual({ kind: 'quoted' });
    expect(result.citations[0]?.quote).toMatch(/2600 وجبة يوميا/);
  });
});

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);
