import { describe, expect, it } from 'vitest';
import { asksForMoney, asksPrice, tellsMoney } from '../../src/answer/tells-money.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A seizure told as a count, a charity drive and a market report told in money, written for these tests.
const WIRE = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Customs officers seized 2.1 million tramadol pills hidden in a shipment of tyres at Shuwaikh port, the Interior Ministry said on Thursday. (end)
ab.cd

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- ضبط رجال الجمارك 1ر2 مليون حبة ترامادول مخبأة في شحنة إطارات في ميناء الشويخ.(النهاية)
ع م / س ر

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- The Orphans Fund will hand out 18,000 school bags this year at a cost of KD 240,000, it said on Thursday. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Boursa Kuwait closed 0.4 percent higher on Thursday as banks gained (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: money asked, another quantity told', () => {
  it('reads money asked and told, in both languages, and not a change in a cost', () => {
    for (const asked of ['How much did the drive cost?', 'what is the value of the pills?', 'كم كلفت الألعاب النارية؟', 'شكثر قيمة الحبوب؟', 'كم الغرامة؟', 'كم سعر البرميل؟']) expect(asksForMoney(asked), asked).toBe(true);
    for (const asked of ['how much did housing costs rise?', 'كم ارتفعت قيمة الأسهم؟', 'how many pills?']) expect(asksForMoney(asked), asked).toBe(false);
  });

  it('reads the Gulf verb of worth after `كم` as money asked, not the verb of doing', () => {
    for (const asked of ['كم يسوى الخاتم القديم؟', 'كم تسوى اللوحة اللي انباعت']) expect(asksForMoney(asked), asked).toBe(true);
    for (const asked of ['كم عملية يسوي المستشفى بالشهر؟', 'كم يسوي الفريق تمرين بالأسبوع؟']) expect(asksForMoney(asked), asked).toBe(false);
    expect(tellsMoney('at a cost of KD 240,000')).toBe(true);
    expect(tellsMoney('بتكلفة 240 ألف دينار')).toBe(true);
    expect(tellsMoney('seized 2.1 million pills')).toBe(false);
  });

  it('declines the value of a seizure told only as a count', async () => {
    expect((await ask('What is the value of the tramadol shipment?')).found).toBe(false);
    expect((await ask('How many tramadol pills were seized at Shuwaikh port?')).found).toBe(true);
  });

  it('reads money asked by "what": the last verb one of paying, or the sum "what is" asks', () => {
    for (const asked of ['what does a visit to the clinic cost non-Kuwaitis?', 'what does the forum cost?', 'what do the cadets get paid?', "what's the fine for not wearing a helmet?", 'What are the registration fees?']) expect(asksPrice(asked), asked).toBe(true);
    for (const asked of ['what did the minister say about the budget?', 'what did he pay tribute to?', 'what did the fund hand out?', 'What was the food price inflation in December?', 'What will the new body be in charge of?', 'What did the ministry say about government pay?']) expect(asksPrice(asked), asked).toBe(false);
  });

  it('declines a cost asked by "what" of a story told only as a count', async () => {
    expect((await ask('What did the tramadol pills seized at Shuwaikh port cost?')).found).toBe(false);
  });

  it('answers a cost told in money', async () => {
    const answered = await ask('How much will the Orphans Fund school bags cost this year?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/KD 240,000/);
  });
});
