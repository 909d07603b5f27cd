import { describe, expect, it } from 'vitest';
import { asksForMoney, asksPrice, tellsMoney } from '../../src/answer/tells-money.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// An invention's award, no price; a kite festival's ticket price; a bus fare in fils. Written for this test.
const WIRE = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Engineer Hamad Al-Rashed won a gold medal in Paris for his solar water heater that folds into a suitcase, the Kuwaiti delegation said on Thursday. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- The Kuwait kite festival opens at Sabah Al-Salem park on Friday, with tickets at KD 2, the organisers said on Thursday. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Kuwait Public Transport Company will run three new bus routes between Jahra and Kuwait City from Sunday, the company said on Thursday.
Operations manager Fahd Al-Otaibi said a single trip on the new routes would cost 250 fils and buses would run every 15 minutes. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('money asked: a price, money, a sum', () => {
  it('reads a price, money or a sum asked, and a price going up as a change', () => {
    expect(asksPrice("what's the price of the solar heater?")).toBe(true);
    expect(asksPrice('what is the prize for the best heater?')).toBe(false);
    expect(asksForMoney('how much money did the campaign raise?')).toBe(true);
    expect(asksForMoney('كم مبلغ الجائزة؟')).toBe(true);
    expect(asksForMoney('كم سعر التذكرة؟')).toBe(true);
    expect(asksForMoney('how much did food prices go up over the year?')).toBe(false);
  });

  it('reads money asked with a pronoun, as the question normalised writes the Gulf word, and a cost of doing a thing', () => {
    expect(asksForMoney('جايزة المسابقة كم فلوسها؟')).toBe(true);
    // normaliseQuestion writes `أموال` for the Gulf `فلوس`.
    expect(asksForMoney('الفريق الفايز كم ياخذ أموال؟')).toBe(true);
    expect(asksPrice('what did it cost to remove the humps?')).toBe(true);
    expect(asksPrice('what will the new bridge cost to build?')).toBe(true);
    expect(asksPrice('what did the minister say about the cost to build it?')).toBe(false);
  });

  it("declines the price of an invention when only its medal is reported", async () => {
    expect((await ask("what's the price of al-rashed's solar water heater?")).found).toBe(false);
  });

  it('reads fils as money, in Arabic only as a whole word', () => {
    expect(tellsMoney('a single trip would cost 250 fils')).toBe(true);
    expect(tellsMoney('سعر الرحلة 250 فلسا')).toBe(true);
    expect(tellsMoney('بسعر 150 فلس للكيس')).toBe(true);
    expect(tellsMoney('وفد من فلسطين يزور الكويت')).toBe(false);
    expect(tellsMoney('أعلنت الشركة إفلاسها')).toBe(false);
  });

  it('answers a fare told in fils', async () => {
    const answered = await ask('how much does a trip on the new jahra bus routes cost?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/250 fils/);
  });

  it('answers the price of a ticket', async () => {
    expect((await ask("what's the price of a ticket to the kite festival?")).citations[0]?.quote).toMatch(/KD 2/);
  });
});
