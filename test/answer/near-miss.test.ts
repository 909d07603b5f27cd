import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
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

// A police campaign in one governorate and a relief flight to one country, written for these tests.
const PLACES = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Police seized 41 unlicensed rifles during a two-day security sweep in Hawalli governorate, the Interior Ministry said on Thursday. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- A Kuwaiti relief plane carrying 25 tonnes of medicine landed in Sudan on Thursday, the Red Crescent said. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Boursa Kuwait closed 0.4 percent higher on Thursday as banks gained. (end)
ab.cd
`;

const askPlaces = (question: string) => askOnWire(tempDir(), PLACES, question, now);

describe('near misses: the same event somewhere else', () => {
  it('declines a question about one governorate when the passage names another', async () => {
    expect((await askPlaces('How many rifles did police seize in Jahra?')).found).toBe(false);
    const answered = await askPlaces('How many rifles did police seize in Hawalli?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/41 unlicensed rifles/);
  });

  it('declines a question about a city the passage does not name, even when it names no other', async () => {
    expect((await askPlaces('How much medicine did the Kuwaiti relief plane carry to Khartoum?')).found).toBe(false);
  });

  it("a later paragraph is not about another country because its story's lead names the sender (a Kuwaiti plane)", async () => {
    const wire = `Date : 05/03/2026
KHARTOUM, March 5 (KUNA) -- A Kuwaiti relief plane carrying 25 tonnes of medicine landed in Khartoum on Thursday.
It is the third such flight this year, Red Crescent chairman Fahad Al-Rashed told KUNA. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Boursa Kuwait closed 0.4 percent higher on Thursday as banks gained. (end)
ab.cd
`;
    const result = await askOnWire(tempDir(), wire, 'What did Fahad Al-Rashed say about the relief flights to Sudan?', now);
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('third such flight'))).toBe(true);
  });

  it('declines a question about one country when the passage names another', async () => {
    expect((await askPlaces('How many tonnes of medicine did the Kuwaiti relief plane carry to Yemen?')).found).toBe(false);
    expect((await askPlaces('How many tonnes of medicine did the Kuwaiti relief plane carry to Sudan?')).found).toBe(true);
  });
});

// Talks in rounds and an airline's yearly figure, written for these tests; "second" is common on this wire, so only
// the ordinal rule tells the rounds apart.
const INSTANCES = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Kuwait and Oman agreed on Thursday to open talks on a fisheries accord, and the first round of the talks will be held in Muscat in June, the foreign ministry said. (end)
ab.cd

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- اتفقت الكويت وعمان اليوم الخميس على بدء محادثات بشأن اتفاقية للصيد على أن تعقد الجولة الأولى من المحادثات في مسقط في يونيو.(النهاية)
ع م / س ر

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Falcon Air carried 2.4 million passengers in 2025, its chairman told shareholders on Thursday, the second year of growth. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Boursa Kuwait closed 0.4 percent higher on Thursday for the second day as banks gained. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Kuwait SC beat Kazma 2-1 in the second leg of the league on Thursday. (end)
ab.cd

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- ارتفعت بورصة الكويت اليوم الخميس للجلسة الثانية على التوالي بدعم من أسهم البنوك.(النهاية)
ع م / س ر

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- فاز نادي الكويت على كاظمة في المرحلة الثانية من الدوري مساء اليوم الخميس.(النهاية)
ع م / س ر
`;

const askInstances = (question: string) => askOnWire(tempDir(), INSTANCES, question, now);

describe('near misses: another instance of the same thing', () => {
  it('tells ordinals and years apart in both languages', () => {
    expect([...findOrdinalsAndYears('the second round, his 65th birthday, 41 seconds, in 2024').ordinals]).toEqual([2, 65]);
    expect([...findOrdinalsAndYears('الجولة الثانية والعيد الوطني الخامس والستين و41 ثانية').ordinals]).toEqual([2, 65]);
    expect([...findOrdinalsAndYears('للصف الثاني عشر في عام 2025').ordinals]).toEqual([12]);
    expect([...findOrdinalsAndYears('بالصف الحادي عشر والدورة الحادية والعشرين').ordinals]).toEqual([11, 21]);
    expect([...findOrdinalsAndYears('في عام 2025 وليس 15/02/2026 أو 1,2024.5').years]).toEqual([2025, 2026]);
  });

  it('declines the second round when only the first is reported, in English and Arabic', async () => {
    expect((await askInstances('What about the second round of the fisheries talks with Oman?')).found).toBe(false);
    expect((await askInstances('ماذا عن الجولة الثانية من محادثات الصيد بين الكويت وعمان؟')).found).toBe(false);
    const answered = await askInstances('What about the first round of the fisheries talks with Oman?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/in Muscat in June/);
  });

  it('declines a year the passage does not report when it reports another', async () => {
    expect((await askInstances('How many passengers did Falcon Air carry in 2024?')).found).toBe(false);
    expect((await askInstances('How many passengers did Falcon Air carry in 2025?')).found).toBe(true);
  });
});
