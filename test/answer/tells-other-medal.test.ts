import { describe, expect, it } from 'vitest';
import { tellsOtherMedal } from '../../src/answer/tells-other-medal.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-09T08:00:00Z');

// A shooting championship: the first day's gold, the next day's silver in an update. Written for this test.
const WIRE = `Date : 07/05/2026
DOHA, May 7 (KUNA) -- Kuwaiti shooter Fahad Al-Mutairi won gold for Kuwait in the skeet event at the Arab Shooting Championship in Doha on Thursday. (end)
ab.cd

Date : 08/05/2026
DOHA, May 8 (KUNA) -- Kuwait added a second medal at the Arab Shooting Championship in Doha on Friday when Nasser Al-Otaibi took silver in the trap event. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: another medal than the one asked', () => {
  it('tells a dispatch of other medals only, in either language', () => {
    expect(tellsOtherMedal('who won silver for kuwait?', ['He won gold in the final.'])).toBe(true);
    expect(tellsOtherMedal('مين أخذ البرونزية؟', ['أحرز اللاعب الميدالية الذهبية'])).toBe(true);
    expect(tellsOtherMedal('who won silver for kuwait?', ['أضاف اللاعب ميدالية فضية'])).toBe(false);
    expect(tellsOtherMedal('who won silver for kuwait?', ['The team arrived on Monday.'])).toBe(false);
    expect(tellsOtherMedal('who scored for kuwait?', ['He won gold in the final.'])).toBe(false);
  });

  it('reads the verb ذهب ("went") as no gold', () => {
    expect(tellsOtherMedal('مين أخذ الفضية؟', ['ذهب الوفد إلى الدوحة أمس'])).toBe(false);
    expect(tellsOtherMedal('who won gold?', ['ذهب الوفد وأحرز ميدالية فضية'])).toBe(true);
  });

  it('answers who won silver from the update, not the gold winner\'s dispatch', async () => {
    const answered = await ask('who won silver for kuwait in doha?');
    expect(answered.citations.map((c) => c.quote).join(' ')).toMatch(/Al-Otaibi/);
    expect(answered.citations.map((c) => c.quote).join(' ')).not.toMatch(/Al-Mutairi/);
  });
});
