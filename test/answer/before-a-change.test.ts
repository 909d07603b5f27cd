import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// A new parking fee, told without the old one, and a ferry fare told with it. Written for this test.
const WIRE = `Date : 05/05/2026
رسوم جديدة لمواقف السيارات
الكويت - 5 - 5 (كونا) -- أصدرت بلدية الكويت اليوم الثلاثاء قرارا بفرض رسوم قدرها 1.5 دينار عن الساعة على مواقف السيارات في مدينة الكويت اعتبارا من أول يونيو.
(النهاية)
ab.cd

Date : 05/05/2026
Ferry fare to Failaka raised
KUWAIT, May 5 (KUNA) -- The ferry fare to Failaka will rise to KD 3 from June, up from KD 2 before the increase, the transport company said on Tuesday.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: the value before a change asked, only the new one told', () => {
  it('reads the value before a change as an earlier instance, in both languages', () => {
    for (const asked of ['كم كانت الرسوم قبل القرار؟', 'كم كانت الأسعار قبل الزيادة؟', 'What was the fare before the increase?', 'what were the fees before the new rules']) {
      expect(findOrdinalsAndYears(asked).earlier, asked).toBe(true);
    }
    for (const asked of ['قبل رمضان', 'before the final', 'كم الرسوم بعد القرار؟']) expect(findOrdinalsAndYears(asked).earlier, asked).toBe(false);
  });

  it('declines what the parking fee was before the decision when only the new fee is told', async () => {
    expect((await ask('كم كانت رسوم مواقف السيارات قبل القرار؟')).found).toBe(false);
  });

  it('answers what the ferry fare was before the increase when the wire marks the old one', async () => {
    expect((await ask('What was the ferry fare to Failaka before the increase?')).citations[0]?.quote).toMatch(/KD 2/);
  });
});
