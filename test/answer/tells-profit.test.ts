import { describe, expect, it } from 'vitest';
import { asksProfit, missesProfitAsked } from '../../src/answer/tells-profit.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// Shipping companies' revenue and costs without a profit, and a bank's profit. Written for this test.
const WIRE = `Date : 05/05/2026
إيرادات شركات الشحن ترتفع في 2025
الكويت - 5 - 5 (كونا) -- ارتفعت إيرادات شركات الشحن المدرجة في بورصة الكويت خلال عام 2025 بنسبة 6 في المئة لتبلغ 410 ملايين دينار، فيما بلغت مصاريفها التشغيلية 380 مليون دينار.
(النهاية)
ab.cd

Date : 05/05/2026
بنك محلي يحقق أرباحا قياسية
الكويت - 5 - 5 (كونا) -- حقق بنك الخليج المتحد صافي أرباح بلغ 95 مليون دينار خلال عام 2025.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a profit asked, other figures of the same firms told', () => {
  it('reads a profit asked or told in both languages, a loss as its other side', () => {
    for (const asked of ['كم ربحت شركات الشحن؟', 'what was the net income of the bank?', 'How much profit did they make?', 'كم بلغت أرباح البنك؟']) expect(asksProfit(asked), asked).toBe(true);
    expect(asksProfit('كم بلغت إيرادات شركات الشحن؟')).toBe(false);
    // A loss of another thing than money: the body's, a job's.
    for (const other of ['how many referrals has the hair loss clinic had?', 'is the weight loss programme free?', 'how many job losses at the plant?']) expect(asksProfit(other), other).toBe(false);
    expect(asksProfit('did the company make a loss last year?')).toBe(true);
    expect(missesProfitAsked('How much profit did they make?', 'The firm posted a loss of KD 3 million.')).toBe(false);
    expect(missesProfitAsked('How much profit did they make?', 'Revenue rose to KD 410 million.')).toBe(true);
  });

  it('declines how much the shipping companies made when only their revenue and costs are told', async () => {
    expect((await ask('كم ربحت شركات الشحن في 2025؟')).found).toBe(false);
  });

  it('answers how much the bank made in profit', async () => {
    expect((await ask('كم بلغت أرباح بنك الخليج المتحد في 2025؟')).citations[0]?.quote).toMatch(/95 مليون دينار/);
  });
});
