import { describe, expect, it } from 'vitest';
import { asksPrice } from '../../src/answer/tells-money.js';

// Questions written for this test.
describe("a prize's amount asked in Arabic of its holder", () => {
  it('reads `كم جائزة` and the champion, the winner or a place as money asked', () => {
    expect(asksPrice('كم جائزة بطل الشطرنج؟')).toBe(true);
    expect(asksPrice('كم جايزة الفايز بسباق القوارب؟')).toBe(true);
    expect(asksPrice('كم جائزة الفريق الفائز بالدوري؟')).toBe(true);
    expect(asksPrice('كم جائزة المركز الثاني في المسابقة؟')).toBe(true);
  });
  it('not a count of prizes, which a verb of winning follows, nor a prize of no holder', () => {
    expect(asksPrice('كم جائزة حصدت الكويت في المعرض؟')).toBe(false);
    expect(asksPrice('كم جائزة البطل حصد الفريق هذا الموسم؟')).toBe(false);
    expect(asksPrice('كم جائزة وزعت اللجنة؟')).toBe(false);
  });
});
