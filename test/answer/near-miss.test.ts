import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A book fair's prizes, a relief flight and a market report, written for these tests; no dispatch mentions music.
const WIRE = `التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- فاز الكاتب سالم الهاجري بجائزة الرواية في ختام معرض الكتاب مساء اليوم الخميس فيما فازت الشاعرة منى الرشيدي بجائزة الشعر.(النهاية)
ع م / س ر

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- وصلت إلى مطار عمان اليوم الخميس طائرة إغاثة كويتية تحمل 30 طنا من المواد الطبية.(النهاية)
ع م / س ر

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- أغلقت بورصة الكويت تعاملاتها اليوم الخميس على ارتفاع مؤشرها العام 20 نقطة.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a word no dispatch holds', () => {
  it('an Arabic noun after لل (ل with the article) is what the question is about: the prize for music is not stored', async () => {
    const result = await ask('من فاز بجائزة معرض الكتاب للموسيقى؟');
    expect(result.found).toBe(false);
  });

  it('still answers the prize that is stored', async () => {
    const result = await ask('من فاز بجائزة الرواية؟');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/سالم الهاجري/);
  });
});
