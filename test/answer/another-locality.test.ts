import { describe, expect, it } from 'vitest';
import { locatedWords } from '../../src/answer/located-words.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T08:00:00Z');

// Expired tyres seized in Shuwaikh, and two other stories in Ardiya, an area no list knows as a place. Written for this test.
const WIRE = `Date : 05/05/2026
ضبط إطارات منتهية الصلاحية في الشويخ
الكويت - 5 - 5 (كونا) -- قالت وزارة التجارة والصناعة اليوم الثلاثاء إن مفتشيها ضبطوا 2100 إطار منتهي الصلاحية في محلات بمنطقة الشويخ.
(النهاية)
ab.cd

Date : 06/05/2026
افتتاح مركز صحي في العارضية
الكويت - 6 - 5 (كونا) -- افتتحت وزارة الصحة اليوم الأربعاء مركزا صحيا جديدا في منطقة العارضية يخدم سكان المنطقة.
(النهاية)
ab.cd

Date : 07/05/2026
حريق في مخزن بالعارضية
الكويت - 7 - 5 (كونا) -- أخمد رجال الإطفاء اليوم الخميس حريقا في مخزن بمنطقة العارضية دون إصابات.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a count asked of a locality no list knows as a place, told of another one', () => {
  it('reads the word a question places its thing at', () => {
    expect([...locatedWords('كم لوحة أزيلت في محافظة العاصمة؟')]).toEqual(['عاصم']);
    expect([...locatedWords('how many chargers are at the Avenues mall?')]).toEqual(['avenu']);
    expect([...locatedWords('شكثر طولت العاصفة بالسالمي')]).toEqual(['سالم']);
    expect([...locatedWords('كم إطار ضبطوا؟')]).toEqual([]);
  });

  it('declines how many tyres were seized in Ardiya when only Shuwaikh is told', async () => {
    expect((await ask('كم إطار منتهي الصلاحية ضبطوا في العارضية؟')).found).toBe(false);
  });

  it('declines how many were seized in Rai, a place no dispatch names, when only Shuwaikh is told', async () => {
    expect((await ask('كم إطار منتهي الصلاحية ضبطوا في الري؟')).found).toBe(false);
  });

  it('answers how many tyres were seized in Shuwaikh', async () => {
    expect((await ask('كم إطار منتهي الصلاحية ضبطوا في الشويخ؟')).citations[0]?.quote).toMatch(/2100 إطار/);
  });
});
