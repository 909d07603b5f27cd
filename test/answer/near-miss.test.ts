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

  it('declines a question about one country when the passage names another', async () => {
    expect((await askPlaces('How many tonnes of medicine did the Kuwaiti relief plane carry to Yemen?')).found).toBe(false);
    expect((await askPlaces('How many tonnes of medicine did the Kuwaiti relief plane carry to Sudan?')).found).toBe(true);
  });
});
