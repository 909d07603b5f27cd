import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-09T08:00:00Z');

// A library's reading halls and a school term's results, written for these tests: each tells one instance by its ordinal.
const WIRE = `Date : 08/04/2026
KUWAIT, April 8 (KUNA) -- The National Library opened the first of its new reading halls on Wednesday, with 320 seats for students. (end)
ab.cd

التاريخ : 08/04/2026
الكويت - 8 - 4 (كونا) -- افتتحت المكتبة الوطنية اليوم الأربعاء القاعة الأولى من قاعات القراءة الجديدة وتضم 320 مقعدا للطلبة.(النهاية)
ع م / س ر

التاريخ : 08/04/2026
الكويت - 8 - 4 (كونا) -- أعلنت وزارة التربية اليوم الأربعاء أن نسبة النجاح في اختبارات الفصل الأول للصف العاشر بلغت 91 في المئة.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('an ordinal the question asks', () => {
  it('reads an Arabic ordinal that ends the question, before its mark', () => {
    expect([...findOrdinalsAndYears('كم مقعد في القاعة الثالثة؟').ordinals]).toEqual([3]);
    expect([...findOrdinalsAndYears('وين الجولة الثانية?').ordinals]).toEqual([2]);
    expect([...findOrdinalsAndYears('بالصف الحادي عشر؟').ordinals]).toEqual([11]);
  });

  it('reads an Arabic ordinal in the accusative the wire gives an object (قرشا حوتيا ثانيا), not "firstly"', () => {
    expect([...findOrdinalsAndYears('رصد الفريق قرشا حوتيا ثانيا قرب الجزيرة').ordinals]).toEqual([2]);
    expect([...findOrdinalsAndYears('سجل هدفا ثالثا.').ordinals]).toEqual([3]);
    expect([...findOrdinalsAndYears('وقال أولا إن الفريق جاهز').ordinals]).toEqual([]);
  });

  it('declines the second hall when only the first is reported, the ordinal last in the question', async () => {
    expect((await ask('كم مقعد في القاعة الثانية؟')).found).toBe(false);
    expect((await ask('كم مقعد في القاعة الأولى؟')).found).toBe(true);
  });

  it('needs every ordinal asked: the first term of another grade is another instance', async () => {
    expect((await ask('كم نسبة النجاح للصف الحادي عشر في الفصل الأول؟')).found).toBe(false);
    expect((await ask('كم نسبة النجاح للصف العاشر في الفصل الأول؟')).found).toBe(true);
  });
});
