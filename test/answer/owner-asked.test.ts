import { describe, expect, it } from 'vitest';
import { asksRoleHolder, holdsFiller, roleVerbAsked } from '../../src/answer/names-doer.js';

// Our own questions and sentences: a bakery, a pottery fair.
describe('who owns, ran, organised: a post whose holder the wire names as its speaker', () => {
  it('reads owning and the past of running a thing as asking a post', () => {
    expect(asksRoleHolder('who owns the bakery in salmiya')).toBe(true);
    expect(roleVerbAsked('who owns the bakery in salmiya')).toBe('owns');
    expect(roleVerbAsked('who ran the pottery workshop')).toBe('ran');
    expect(roleVerbAsked('who headed the delegation')).toBe('headed');
    expect(roleVerbAsked('منو نظم معرض الفخار؟')).toBe('نظم');
    expect(roleVerbAsked('who baked the bread')).toBeUndefined();
  });

  it('reads an Arabic owner or organiser (صاحب، منظم) as a post', () => {
    expect(asksRoleHolder('منو صاحب المخبز؟')).toBe(true);
    expect(asksRoleHolder('منو صاحبة المخبز؟')).toBe(true);
    expect(holdsFiller('الكويت (كونا) -- قال صاحب مخبز في السالمية خالد الفلاني لـ(كونا) اليوم الأحد إن المخبز يبيع 900 رغيف.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('الكويت (كونا) -- قال منظم المعرض بدر الفلاني لـ(كونا) اليوم السبت إن 30 خزافا شاركوا.', 'person', 'holder')).toBe(true);
  });
});
