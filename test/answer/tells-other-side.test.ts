import { describe, expect, it } from 'vitest';
import { askedSide, tellsOtherSide } from '../../src/answer/tells-other-side.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-15T08:00:00Z');

// A clearance before a season's end and a market report before a holiday, in both languages. Written for this test.
const WIRE = `Kuwait Municipality clears 25 unlicensed stalls on Gulf Road
KUWAIT, March 14 (KUNA) -- Kuwait Municipality teams on Saturday removed 25 stalls set up without permits along Gulf Road, two days before the winter market season ends.
Inspector Khaled Al-Enezi said the teams had also seized nine generators. (end)
ab.cd

التاريخ : 14/03/2026
أسعار الفضة في الكويت ترتفع مع الإقبال على الشراء قبل العيد
الكويت - 14 - 3 (كونا) -- سجل سعر كيلو الفضة في السوق المحلي اليوم السبت 820 دينارا.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('the side of an occasion asked', () => {
  it('reads the side a question asks and the words of its occasion', () => {
    expect(askedSide('How many stalls were removed after the season ended?')).toEqual({ side: 'after', words: ['season', 'end'] });
    expect(askedSide('كم سعر الفضة بعد العيد؟')?.side).toBe('after');
    expect(askedSide('What did the fair sell ahead of Eid?')?.side).toBe('before');
    expect(askedSide('How many stalls were removed?')).toBeNull();
    // من قبل is "by", عن بعد "remote", فيما بعد "later": no side of anything.
    expect(askedSide('ماذا قيل من قبل الوزارة عن التعليم عن بعد والامتحانات فيما بعد؟')).toBeNull();
  });

  it('tells a dispatch that names only the other side, not one that names both', () => {
    const season = (tokens: readonly string[]) => tokens.includes('season');
    expect(tellsOtherSide('after', season, ['removed 25 stalls two days before the winter market season ends'])).toBe(true);
    expect(tellsOtherSide('before', season, ['removed 25 stalls two days before the winter market season ends'])).toBe(false);
    expect(tellsOtherSide('after', season, ['25 stalls before the season ends', 'and 40 more after the season ended'])).toBe(false);
    expect(tellsOtherSide('after', season, ['removed 25 stalls on Saturday'])).toBe(false);
  });
});

describe('near misses: the other side of an occasion', () => {
  it('declines what was done after an occasion when the dispatch tells only before it, in English and Arabic', async () => {
    expect((await ask('How many stalls did the municipality remove on Gulf Road after the market season ended?')).found).toBe(false);
    expect((await ask('كم صار سعر كيلو الفضة بعد العيد؟')).found).toBe(false);
  });

  it('still answers the side the dispatch tells, and the question that names no side', async () => {
    expect((await ask('How many stalls did the municipality remove on Gulf Road before the market season ended?')).citations[0]?.quote).toMatch(/25 stalls/);
    expect((await ask('How many stalls did the municipality remove on Gulf Road?')).citations[0]?.quote).toMatch(/25 stalls/);
    expect((await ask('كم صار سعر كيلو الفضة قبل العيد؟')).citations[0]?.quote).toMatch(/820/);
  });
});
