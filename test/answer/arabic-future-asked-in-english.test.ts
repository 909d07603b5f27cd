import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-01-22T08:00:00Z');

// A clinic's plans, written for these tests in Arabic only: the wire tells the plan in the future (`ستبدأ`), the English reader's
// "start" is listed in the Arabic present (`تبدأ`).
const WIRE = `التاريخ : 21/01/2026
عيادة للروماتيزم في الجهراء تضيف خدمة جديدة
الكويت - 21 - 1 (كونا) -- قالت رئيسة قسم الروماتيزم في مستشفى الجهراء سارة العنزي اليوم الأربعاء إن عيادة الروماتيزم استقبلت 300 مريض في شهرها الأول.
وأضافت العنزي أن خدمة الحقن في العيادة ستبدأ في مارس.(النهاية)
ع م / س ر
`;

describe('the Arabic future of a verb asked in English', () => {
  it('answers when the injections start from the wire\'s `ستبدأ في مارس`', async () => {
    const answer = await askOnWire(tempDir(), WIRE, 'when does the rheumatism clinic start the injections?', now);
    expect(answer.found).toBe(true);
    expect(answer.citations.map((c) => c.quote).join(' ')).toMatch(/ستبدأ في مارس/);
  });
});
