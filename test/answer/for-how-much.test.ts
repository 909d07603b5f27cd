import { describe, expect, it } from 'vitest';
import { asksPrice } from '../../src/answer/tells-money.js';
import { askOnFiledWires, askOnWire } from '../helpers/ask-on-wire.js';
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

// A heritage fair's opening told without a word of its tickets' price. Written for this test.
const FAIR = `Date : 23/03/2026
Heritage fair opens in Jahra
KUWAIT, March 23 (KUNA) -- A heritage fair opened in Jahra on Monday with 60 stalls of traditional crafts, and tickets are on sale at the gate, its organisers said.
(end)
ab.cd
`;

describe('"how much is a ticket": a price asked without a word of money', () => {
  it('reads a price asked by the copula or a verb of selling, not a quantity, a change or a share', () => {
    expect(asksPrice('how much is a ticket to the heritage fair?')).toBe(true);
    expect(asksPrice('how much are tickets for the concert?')).toBe(true);
    expect(asksPrice('How much did the rare stamp fetch at the auction?')).toBe(true);
    expect(asksPrice('how much are dates going for at the market?')).toBe(true);
    expect(asksPrice('how much were the new buses used in the first week?')).toBe(false);
    expect(asksPrice('how much was the rise in rents?')).toBe(false);
    expect(asksPrice('how much is the share of women among the staff?')).toBe(false);
  });

  it('declines the ticket price of a fair whose dispatch tells no money', async () => {
    expect((await askOnWire(tempDir(), FAIR, 'how much are tickets for the heritage fair in Jahra?', now)).found).toBe(false);
  });
});

// Written for this test: a dates festival told in both languages; only the Arabic version gives the ticket's price.
const DATES_FESTIVAL = [
  {
    date: '2026-03-22T09:00:00Z',
    text: `Date : 22/03/2026
KUWAIT, March 22 (KUNA) -- A dates festival opened in Wafra on Sunday with 40 local farms showing their harvest, the Public Authority for Agriculture Affairs said.
Festival director Nasser Al-Ajmi said the festival would run for ten days. (end)
ab.cd
`,
  },
  {
    date: '2026-03-22T09:30:00Z',
    text: `التاريخ : 22/03/2026
الكويت - 22 - 3 (كونا) -- افتتح اليوم الأحد في الوفرة مهرجان للتمور بمشاركة 40 مزرعة محلية تعرض إنتاجها، وفق الهيئة العامة لشؤون الزراعة.
وقال مدير المهرجان ناصر العجمي ل(كونا) إن سعر التذكرة الواحدة ديناران، وإن المهرجان يستمر عشرة أيام.(النهاية)
ن ع / س م
`,
  },
];

describe('a price asked, told only by the story\'s other version', () => {
  it('answers the ticket price from the Arabic paragraph that gives it', async () => {
    const result = await askOnFiledWires(tempDir(), DATES_FESTIVAL, 'how much is a ticket to the dates festival in wafra?', now);
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/ديناران/);
  });
});
