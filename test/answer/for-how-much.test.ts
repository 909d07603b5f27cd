import { describe, expect, it } from 'vitest';
import { asksPrice } from '../../src/answer/tells-money.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-24T08:00:00Z');

// A park's holiday visitors told as a count, and tickets everywhere else: one show's told in money. Written for this test.
const WIRE = `التاريخ : 23/03/2026
الكويت - 23 - 3 (كونا) -- قالت إدارة حديقة الشعب الترفيهية في منطقة الشويخ اليوم الاثنين إن الحديقة استقبلت نحو 30 ألف زائر خلال أيام عطلة العيد.(النهاية)
ع م / س ر

التاريخ : 23/03/2026
الكويت - 23 - 3 (كونا) -- أعلنت إدارة مسرح السالمية اليوم الاثنين أن تذاكر عرض السيرك تباع بسعر خمسة دنانير للتذكرة الواحدة.(النهاية)
ع م / س ر

التاريخ : 23/03/2026
الكويت - 23 - 3 (كونا) -- قال الاتحاد الكويتي لكرة القدم اليوم الاثنين إن تذاكر مباراة الكأس نفدت خلال ساعات من طرحها.(النهاية)
ع م / س ر

التاريخ : 23/03/2026
الكويت - 23 - 3 (كونا) -- أعلنت دار الأوبرا اليوم الاثنين طرح تذاكر حفل العيد عبر موقعها الإلكتروني.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('بكم, "for how much": a price in money asked', () => {
  it('reads بكم as asking an amount of money', () => {
    expect(asksPrice('بكم تذكرة حديقة الشعب؟')).toBe(true);
    expect(asksPrice('كم زائر استقبلت حديقة الشعب؟')).toBe(false);
  });

  it('declines the ticket price of a park whose dispatch counts only its visitors', async () => {
    expect((await ask('بكم تذكرة حديقة الشعب الترفيهية؟')).found).toBe(false);
  });

  it('answers a ticket price told in money', async () => {
    const answered = await ask('بكم تذكرة عرض السيرك في مسرح السالمية؟');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/خمسة دنانير/);
  });
});
