import { describe, expect, it } from 'vitest';
import { asksPrice } from '../../src/answer/tells-money.js';

describe('`بكم` before a noun without the article that a verb follows', () => {
  it('counts the noun ("in how many"): no price', () => {
    expect(asksPrice('بكم مطعم لقوا مخالفات؟')).toBe(false);
    expect(asksPrice('بكم مدرسة طبقت النظام الجديد؟')).toBe(false);
  });

  it('asks a price still before a definite noun, a currency or a verb', () => {
    expect(asksPrice('بكم التذكرة؟')).toBe(true);
    expect(asksPrice('بكم تذكرة الدخول؟')).toBe(true);
    expect(asksPrice('بكم دينار باعوها؟')).toBe(true);
    expect(asksPrice('بكم بيعت السيارة؟')).toBe(true);
    expect(asksPrice('بكم كان يبيع الصندوق؟')).toBe(true);
  });
});
