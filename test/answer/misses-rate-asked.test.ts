import { describe, expect, it } from 'vitest';
import { missesRateAsked, ratesTold } from '../../src/answer/misses-rate-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A dairy's new milk: its price and its herd, no output per day; a water plant's daily output. Written for this test.
const WIRE = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- A Kuwaiti dairy began selling camel milk in 80 co-operative stores on Thursday, saying a carton of two litres costs 900 fils and its farm keeps 400 camels. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- The Doha desalination plant produces 60 million gallons of water a day after its expansion, the electricity and water ministry said on Thursday. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: the rate asked', () => {
  it('names the period of a rate, in either language, not a time ago', () => {
    expect([...ratesTold('2,800 tonnes a day')]).toEqual(['day']);
    expect([...ratesTold('2800 طن من الطحين يوميا')]).toEqual(['day']);
    expect([...ratesTold('KD 10 per month')]).toEqual(['month']);
    expect([...ratesTold('it opened a year ago')]).toEqual([]);
  });

  it('tells a passage with no figure over the period asked, only for a number asked', () => {
    const question = 'How many loaves does the company bake a day?';
    expect(missesRateAsked(question, 'number', 'A bag of six loaves costs 150 fils.')).toBe(true);
    expect(missesRateAsked(question, 'number', 'The mills bake 400,000 loaves daily.')).toBe(false);
    expect(missesRateAsked('كم رغيف تخبز الشركة يوميا؟', 'number', 'كيس من ستة أرغفة بسعر 150 فلسا')).toBe(true);
    expect(missesRateAsked('How many loaves does the company bake?', 'number', 'A bag of six loaves costs 150 fils.')).toBe(false);
    expect(missesRateAsked('Who bakes the bread every day?', 'person', 'Ali bakes the bread.')).toBe(false);
  });

  it('declines how much milk the dairy makes a day when only its price and herd are reported', async () => {
    expect((await ask('how many litres of camel milk does the dairy produce a day?')).found).toBe(false);
  });

  it('answers the plant output a day', async () => {
    expect((await ask('how much water does the doha desalination plant produce a day?')).citations[0]?.quote).toMatch(/60 million gallons/);
  });
});
