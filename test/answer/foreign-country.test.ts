import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A book fair that names no country in its figures, and Kuwaiti copy that names Kuwait, written for these tests.
const WIRE = `Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Some 310 publishing houses are taking part in the spring book fair, which opened in Mishref on Thursday, its director said. (end)
ab.cd

التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- تشارك 310 دور نشر في معرض الربيع للكتاب الذي افتتح في مشرف اليوم الخميس.(النهاية)
ع م / س ر

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Boursa Kuwait closed 0.4 percent higher on Thursday as Kuwaiti banks gained. (end)
ab.cd

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- Kuwait's cabinet approved on Thursday a plan to widen the Kuwait coastal road. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: another country than the wire’s own, not named', () => {
  it('declines a figure for a foreign country the passage does not name, in English and Arabic', async () => {
    expect((await ask('How many publishing houses from Morocco are taking part in the spring book fair?')).found).toBe(false);
    expect((await ask('كم دار نشر من المغرب تشارك في معرض الربيع للكتاب؟')).found).toBe(false);
  });

  it('still answers with the wire’s own country left out of the passage', async () => {
    const answered = await ask('How many publishing houses are taking part in the spring book fair in Kuwait?');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/310/);
    expect((await ask('كم دار نشر تشارك في معرض الربيع للكتاب في الكويت؟')).found).toBe(true);
  });
});
