import { describe, expect, it } from 'vitest';
import { figuresAsked, figuresIn, missesFigureAsked } from '../../src/answer/misses-figure-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-12T08:00:00Z');

// A wrestling championship's results and a road race, written for this test; no class over 97 kg is told.
const WIRE = `Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Kuwaiti wrestler Saad Al-Enezi won the 74 kg class at the Gulf Wrestling Championship on Saturday, while Bahrain's Ali Hassan took the 97 kg title. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- More than 1,200 runners took part in the 21 km road race along the Gulf Road on Saturday, the organisers said. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a figure the question names that the story never writes', () => {
  it('reads figures as digits in either script, without grouping commas, and from a unit glued on', () => {
    expect([...figuresIn('1,200 runners in the 21km race')]).toEqual(['1200', '21']);
    expect(figuresIn('فاز في وزن ١٠٠ كغم').has('100')).toBe(true);
  });

  it('misses only a figure no text writes', () => {
    expect(missesFigureAsked(new Set(['100']), ['He won the 97 kg title.', 'فاز بوزن 74 كغم'])).toBe(true);
    expect(missesFigureAsked(new Set(['97']), ['He won the 74 kg class.', 'وأحرز علي حسن لقب وزن 97 كغم'])).toBe(false);
    expect(missesFigureAsked(new Set(), ['He won the 74 kg class.'])).toBe(false);
  });

  it('declines the class nobody reported and answers the one reported', async () => {
    expect((await ask('who won the 125 kg class at the gulf wrestling championship?')).found).toBe(false);
    const answered = await ask('who won the 97 kg class at the gulf wrestling championship?');
    expect(answered.found).toBe(true);
    expect(answered.citations.map((c) => c.quote).join(' ')).toMatch(/Ali Hassan/);
  });

  it('answers a figure the story writes, grouped or glued to its unit', async () => {
    expect((await ask('how many runners took part in the 21 km race?')).found).toBe(true);
  });
});

describe('a figure asked in thousands', () => {
  it('takes "50 ألف" asked for the 50,000 the other version writes', () => {
    expect(missesFigureAsked(new Set(['50']), ['The champion will receive KD 50,000.'])).toBe(false);
    expect(missesFigureAsked(new Set(['50']), ['The champion will receive KD 40,000.'])).toBe(true);
  });

  it('takes "5,000" asked for the round thousand a passage writes in words, and no other', () => {
    expect(missesFigureAsked(new Set(['5000']), ['وإن جائزة البطل خمسة آلاف دينار.'])).toBe(false);
    expect(missesFigureAsked(new Set(['5000']), ['The champion will get five thousand dinars.'])).toBe(false);
    expect(missesFigureAsked(new Set(['5000']), ['وإن جائزة البطل ثلاثة آلاف دينار.'])).toBe(true);
    expect(figuresIn('بقيمة ثلاثة ملايين دينار').has('3000000')).toBe(true);
    expect(figuresIn('كرم 25 الفائزين').has('25000')).toBe(false);
    expect(figuresIn('بلغ عددهم 30 ألفا').has('30000')).toBe(true);
  });
});

describe('a figure the question groups by thousands', () => {
  // The analyser splits "4,860" at its comma; the concepts hold its groups, one token each.
  const concepts = (...tokens: string[]) => ({ list: tokens.map((token) => ({ group: [[token]], place: false, documents: 1, critical: true, entity: false })), total: 10, missing: [] });

  it('reads "4,860", "12,500", "1,200,000" and `٤٬٨٦٠` as one figure each, not their last groups', () => {
    expect([...figuresAsked(concepts('municipality', '4', '860'), 'who said the municipality issued 4,860 building permits')]).toEqual(['4860']);
    expect([...figuresAsked(concepts('12', '500', 'ticket'), 'were 12,500 tickets sold?')]).toEqual(['12500']);
    expect([...figuresAsked(concepts('1', '200', '000', 'visitor'), 'who said 1,200,000 visitors came')]).toEqual(['1200000']);
    expect([...figuresAsked(concepts('4', '860', 'رخصه'), 'من قال إن البلدية أصدرت ٤٬٨٦٠ رخصة بناء')]).toEqual(['4860']);
    expect([...figuresAsked(concepts('4', '860', 'رخصه'), 'من قال إن البلدية أصدرت 4,860 رخصة بناء')]).toEqual(['4860']);
  });

  it('leaves a figure a comma only follows as it is', () => {
    expect([...figuresAsked(concepts('19', '200', 'runner'), 'from March 15 to 19, 200 runners')]).toEqual(['19', '200']);
  });

  it('finds a figure asked in full where the copy writes its thousands in words', () => {
    expect(missesFigureAsked(new Set(['30000']), ['وقال إن المتهمين حولوا نحو 30 ألف دينار إلى الخارج.'])).toBe(false);
    expect(missesFigureAsked(new Set(['1200000']), ['Some 1.2 million visitors came.'])).toBe(false);
    expect(missesFigureAsked(new Set(['30000']), ['وقال إن المتهمين حولوا نحو 40 ألف دينار إلى الخارج.'])).toBe(true);
  });

  it('answers who told the grouped figure the story writes', async () => {
    const permits = `Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Kuwait Municipality issued 4,860 building permits this year, its director Ahmad Al-Manfouhi said on Saturday. (end)
ab.cd
`;
    const answered = await askOnWire(tempDir(), permits, 'who said the municipality issued 4,860 building permits this year', now);
    expect(answered.found).toBe(true);
    expect(answered.citations.map((c) => c.quote).join(' ')).toMatch(/Al-Manfouhi/);
  });
});
