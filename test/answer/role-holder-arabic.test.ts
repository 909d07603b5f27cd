import { describe, expect, it } from 'vitest';
import { asksRoleHolder, holdsFiller } from '../../src/answer/names-doer.js';
import { isArabicTitle, namesTitledArabicSpeaker } from '../../src/answer/names-arabic-person.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-16T08:00:00Z');

// A rowing club's new boathouse in Arabic, its chairman named by post and name as he speaks. Written for this test.
const WIRE = `التاريخ : 15/04/2026
نادي التجديف يفتتح مرسى جديدا
الكويت - 15 - 4 (كونا) -- افتتح نادي الكويت للتجديف اليوم الأربعاء مرسى جديدا للقوارب على واجهة الشويخ البحرية يتسع لستين قاربا.
وقال رئيس النادي خالد المنصوري ل(كونا) إن المرسى سيستضيف بطولة الخليج للتجديف في نوفمبر المقبل.(النهاية)
ع م / س ر
`;

describe('who holds a post, asked and told in Arabic', () => {
  it('reads a post without the article after the question word as a post asked, not a deed', () => {
    expect(asksRoleHolder('مين رئيس نادي التجديف؟')).toBe(true);
    expect(asksRoleHolder('منو مدير إدارة المراسي؟')).toBe(true);
    expect(asksRoleHolder('مين فاز ببطولة التجديف؟')).toBe(false);
    expect(isArabicTitle('رئيس')).toBe(true);
    expect(isArabicTitle('نادي')).toBe(false);
  });

  it('reads more English questions on who holds a post: coordinates, oversees, in charge', () => {
    expect(asksRoleHolder('Who coordinates the rowing squad?')).toBe(true);
    expect(asksRoleHolder("Who's in charge of the new boathouse?")).toBe(true);
    expect(asksRoleHolder('Who oversees the boathouse works?')).toBe(true);
    expect(asksRoleHolder('Who won the rowing race?')).toBe(false);
  });

  it('takes an Arabic speaker given by post and name for the holder, not a post alone or a body', () => {
    expect(holdsFiller('وقال رئيس النادي خالد المنصوري ل(كونا) إن المرسى سيفتح قريبا.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('وقالت منسقة الفريق في الاتحاد هدى الصالح إن التدريب يبدأ غدا.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('وقال رئيس النادي خالد المنصوري ل(كونا) إن المرسى سيفتح قريبا.', 'person', false)).toBe(false);
    expect(holdsFiller('وقال الرئيس إن المرسى سيفتح قريبا.', 'person', 'holder')).toBe(false);
    expect(holdsFiller('وقالت الهيئة في بيان إن المرسى سيفتح قريبا.', 'person', 'holder')).toBe(false);
    expect(namesTitledArabicSpeaker(' رئيس النادي خالد المنصوري ل(كونا) ')).toBe(true);
    expect(namesTitledArabicSpeaker(' النادي في بيان ')).toBe(false);
  });

  it('takes an English speaker whose post opens the sentence for the holder', () => {
    expect(holdsFiller('Spokeswoman Huda Al-Saleh told KUNA the boathouse would open in May.', 'person', 'holder')).toBe(true);
    expect(holdsFiller('Spokeswoman Huda Al-Saleh told KUNA the boathouse would open in May.', 'person', false)).toBe(false);
  });

  it('answers who chairs the club from the Arabic speaker named by his post', async () => {
    const chair = await ask('مين رئيس نادي الكويت للتجديف؟');
    expect(chair.frame).toEqual({ kind: 'quoted' });
    expect(chair.citations.map((c) => c.quote).join(' ')).toMatch(/خالد المنصوري/);
  });
});

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);
