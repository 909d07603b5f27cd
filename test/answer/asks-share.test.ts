import { describe, expect, it } from 'vitest';
import { asksShare, tellsShare } from '../../src/answer/asks-share.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-12T08:00:00Z');

// A survey of school bus riders told as a share with no word for "share" (`في المئة`), and a library's
// visitors told as a count only. Written for this test.
const WIRE = `التاريخ : 11/02/2026
الكويت - 11 - 2 (كونا) -- قالت وزارة التربية اليوم الأربعاء إن مسحا أجرته على طلبة المرحلة المتوسطة أظهر أن نحو 27 في المئة منهم يستخدمون الحافلات المدرسية يوميا.(النهاية)
ع م / س ر

التاريخ : 11/02/2026
الكويت - 11 - 2 (كونا) -- استقبلت المكتبة المركزية في حولي 3200 زائر من طلبة الجامعة خلال الأسبوع الماضي.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('a share asked', () => {
  it('reads a share asked in either language, not a count of shares', () => {
    expect(asksShare('كم نسبة الطلاب اللي يركبون الباص؟')).toBe(true);
    expect(asksShare('ما هي نسبة المشاركين؟')).toBe(true);
    expect(asksShare('what percentage of pupils ride the bus?')).toBe(true);
    expect(asksShare("what's the share of one-person firms?")).toBe(true);
    expect(asksShare('how many shares changed hands?')).toBe(false);
    expect(asksShare('كم عدد الطلاب؟')).toBe(false);
  });

  it('reads a share asked with the dialect\'s asking words (شنو، شكثر)', () => {
    expect(asksShare('شنو نسبة الطلاب اللي يركبون الباص؟')).toBe(true);
    expect(asksShare('شكثر نسبة المشاركين من الكويت؟')).toBe(true);
    expect(asksShare('شنو عدد الطلاب؟')).toBe(false);
  });

  it('reads a per cent written in either language', () => {
    expect(tellsShare('نحو 27 في المئة منهم')).toBe(true);
    expect(tellsShare('ارتفع 5ر2 بالمئة')).toBe(true);
    expect(tellsShare('rose 2.1 percent')).toBe(true);
    expect(tellsShare('3200 زائر')).toBe(false);
  });

  it('reads a fraction of the whole as a share: half of, two thirds of, one in five, نصف، ثلث، ثلثي', () => {
    expect(tellsShare('imported dates made up two thirds of the market')).toBe(true);
    expect(tellsShare('about half of the riders were women')).toBe(true);
    expect(tellsShare('one in five visitors came from abroad')).toBe(true);
    expect(tellsShare('وقال إن ثلثي الزوار من خارج الكويت')).toBe(true);
    expect(tellsShare('وإن نصف المشاركين من النساء')).toBe(true);
    expect(tellsShare('تأهل الفريق إلى ربع النهائي')).toBe(false);
    expect(tellsShare('the race ran in two halves')).toBe(false);
    expect(tellsShare('three visitors came from abroad')).toBe(false);
  });

  it('reads a per cent glued to its figure as a figure\'s rate is read (PER_CENT_PATTERN), not a word that starts with one', () => {
    expect(tellsShare('profits up 18pct on the year')).toBe(true);
    expect(tellsShare('the percentage of voters rose')).toBe(false);
  });

  it('answers a share the wire writes in per cent without the word asked', async () => {
    const answered = await ask('كم نسبة طلبة المتوسطة اللي يستخدمون الحافلات المدرسية؟');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/27 في المئة/);
  });

  it('does not answer a share with a count', async () => {
    const answered = await ask('كم نسبة طلبة الجامعة اللي زاروا المكتبة المركزية في حولي؟');
    expect(answered.citations.some((c) => /3200/.test(c.quote)) && answered.found).toBe(false);
  });
});
