import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T08:00:00Z');

// Our own sentences: a parking fine told only under a pronoun (غرامتها), beside pavement parking told
// without a fine and another fine told bare (غرامة).
const WIRE = `التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- أعلنت وزارة الداخلية اليوم الثلاثاء أن مخالفة الوقوف على الأرصفة سترتفع غرامتها إلى 30 دينارا اعتبارا من أول مايو.(النهاية)
ع م / س ر

التاريخ : 06/04/2026
الكويت - 6 - 4 (كونا) -- قالت بلدية الكويت اليوم الاثنين إن غرامة التدخين في المجمعات التجارية 50 دينارا.(النهاية)
ع م / س ر

التاريخ : 05/04/2026
الكويت - 5 - 4 (كونا) -- قالت وزارة الأشغال اليوم الأحد إنها ستزيل الحواجز التي تمنع الوقوف على الأرصفة في 12 شارعا.(النهاية)
ع م / س ر
`;

describe('a noun asked with its ta marbuta meets the wire’s under a pronoun', () => {
  it('answers the pavement parking fine from غرامتها', async () => {
    for (const question of ['ما غرامة الوقوف على الأرصفة؟', 'كم غرامة مخالفة الوقوف على الأرصفة؟']) {
      const result = await askOnWire(tempDir(), WIRE, question, now);
      expect(result.found, question).toBe(true);
      expect(result.citations.some((c) => c.quote.includes('30 دينارا')), question).toBe(true);
    }
  });
});
