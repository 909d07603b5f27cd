import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// Our own sentences, each story in both languages: a festival's plan told with "will run", a plant's with "is expected to",
// never "supposed" or "meant".
const WIRE = `Date : 11/03/2026
Kite festival opens on Sabah Al-Salem beach
KUWAIT, March 11 (KUNA) -- A kite festival opened on Wednesday on the beach of Sabah Al-Salem and will run for nine days, its organiser said. (end)
ab.cd

التاريخ : 11/03/2026
الكويت - 11 - 3 (كونا) -- افتتح اليوم الأربعاء على شاطئ صباح السالم مهرجان للطائرات الورقية يستمر تسعة أيام، بحسب منظمه.(النهاية)
ع م / س ر

Date : 10/03/2026
Desalination plant upgrade
KUWAIT, March 10 (KUNA) -- The upgrade of the Doha desalination plant is expected to take 14 months, the electricity ministry said on Tuesday. (end)
ab.cd

التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- قالت وزارة الكهرباء اليوم الثلاثاء إن تطوير محطة الدوحة لتحلية المياه يتوقع أن يستغرق 14 شهرا.(النهاية)
ع م / س ر
`;

describe('"supposed to" and "meant to" frame the asking, as the modal verbs do', () => {
  const cases: Array<[question: string, quote: string]> = [
    ['how long is the kite festival supposed to last?', 'nine days'],
    ['how long was the desalination plant upgrade meant to take?', '14 months'],
  ];
  for (const [question, quote] of cases) {
    it(`answers "${question}" from the plan the wire tells without the modal`, async () => {
      const result = await askOnWire(tempDir(), WIRE, question, now);
      expect(result.found).toBe(true);
      expect(result.citations.some((c) => c.quote.includes(quote))).toBe(true);
    });
  }
});
