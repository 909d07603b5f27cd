import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-12T08:00:00Z');

const president = (question: string) => expandQuery(question).entities.includes('president');

describe('the gazetteer president read only where `رئيس` stands for a head of state', () => {
  it('reads the head of a state as the president', () => {
    expect(president('ماذا قال رئيس الجمهورية عن الانتخابات؟')).toBe(true);
    expect(president('ماذا قال الرئيس الأمريكي عن الرسوم؟')).toBe(true);
    expect(president('متى يزور الرئيس بوتين الصين؟')).toBe(true);
    expect(president('ماذا قال رئيس دولة الإمارات؟')).toBe(true);
    expect(president('ماذا قال الرئيس عن الحرب؟')).toBe(true);
    expect(president('What did the president say about the war?')).toBe(true);
  });

  it('reads neither the adjective "main" nor the head of a union, a committee or a company as the president', () => {
    expect(president('وين القاعة الرئيسية في المعرض؟')).toBe(false);
    expect(president('كم جايزة الفايز بالشوط الرئيسي؟')).toBe(false);
    expect(president('منو رئيس الاتحاد الكويتي للمصارعة؟')).toBe(false);
    expect(president('منو رئيسة اللجنة المنظمة للمهرجان؟')).toBe(false);
    expect(president('منو الرئيس التنفيذي للشركة؟')).toBe(false);
  });

  it('answers who heads a club whose English copy calls him its chairman', async () => {
    const wire = `Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- The Kuwait Falconry Club will hold its first desert race on Friday, the club's chairman Fahad Al-Ajmi told KUNA on Saturday. (end)
ab.cd
`;
    const answered = await askOnWire(tempDir(), wire, 'منو رئيس نادي الصقور الكويتي؟', now);
    expect(answered.found).toBe(true);
    expect(answered.citations.map((c) => c.quote).join(' ')).toMatch(/Al-Ajmi/);
  });
});
