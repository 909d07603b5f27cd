import { describe, expect, it } from 'vitest';
import { countsNoMoney } from '../../src/answer/counts-no-money.js';
import { asksPrice } from '../../src/answer/tells-money.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-08-20T08:00:00Z');

// A fee freeze told by the schools it covers, with no amount of money. Written for this test.
const WIRE = `Date : 19/08/2026
KUWAIT, Aug 19 (KUNA) -- Tuition fees at 510 private schools will be frozen for the coming school year, the Ministry of Education said on Wednesday. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('a thing counted beside a word of money: a count asked, not an amount', () => {
  it('reads a count of things that are no money', () => {
    expect(countsNoMoney('How many private schools does the fee freeze cover?')).toBe(true);
    expect(countsNoMoney('كم مدرسة خاصة يشملها تثبيت الرسوم؟')).toBe(true);
    expect(countsNoMoney('كم عدد المدارس التي رفعت الرسوم؟')).toBe(true);
  });

  it('keeps an amount asked: a currency counted, or money right after كم', () => {
    expect(countsNoMoney('How many dinars is the fine?')).toBe(false);
    expect(countsNoMoney('كم دينار الغرامة؟')).toBe(false);
    expect(countsNoMoney('كم قيمة الصفقة؟')).toBe(false);
    expect(countsNoMoney('كم رسوم التسجيل؟')).toBe(false);
    expect(countsNoMoney('How much are the fees?')).toBe(false);
    // Fines counted: a passage telling a fine's amount is no count of them.
    expect(countsNoMoney('how many drone fines have been handed out so far?')).toBe(false);
    expect(countsNoMoney('كم عدد الغرامات التي حررت؟')).toBe(false);
  });

  it('answers how many schools a fee freeze covers from a dispatch telling no money', async () => {
    const answered = await ask('How many private schools will have their fees frozen?');
    expect(answered.found).toBe(true);
    expect(answered.answer).toContain('510');
  });
});

describe('بكم before a change: by how much, not for how much', () => {
  it('reads بكم with a verb of change as no price', () => {
    expect(asksPrice('بكم ارتفعت حالات حصى الكلى مقارنة بمايو؟')).toBe(false);
    expect(asksPrice('بكم تذكرة حديقة الشعب؟')).toBe(true);
  });
});
