import { describe, expect, it } from 'vitest';
import { tellsOtherPhase } from '../../src/answer/tells-other-phase.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-02-06T08:00:00Z');

// A festival's opening concert, in Arabic only (as the wire may file it), nothing of its close; another event's closing night in English. Written for this test.
const WIRE = `التاريخ : 05/02/2026
الكويت - 5 - 2 (كونا) -- انطلقت مساء اليوم الخميس فعاليات مهرجان هلا فبراير بحفل غنائي في مركز الشيخ عبدالله السالم الثقافي أحياه الفنان الكويتي عبدالله الرويشد.(النهاية)
ع م / س ر

التاريخ : 05/02/2026
الكويت - 5 - 2 (كونا) -- قالت وزارة الكهرباء والماء اليوم الخميس إن الأحمال سجلت انخفاضا مع اعتدال الطقس.(النهاية)
ع م / س ر

Date : 04/02/2026
KUWAIT, Feb 4 (KUNA) -- The closing night of the Gulf chess open honoured 30 volunteers at the Salmiya club on Wednesday night. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: the other end of an event', () => {
  it('tells a dispatch of the opening asked about the close, not a question asking when', () => {
    const told = ['The festival opened on Thursday with a concert.'];
    expect(tellsOtherPhase("who's singing at the festival's closing night?", 'person', told)).toBe(true);
    expect(tellsOtherPhase('منو بيغني في ختام المهرجان؟', 'person', ['انطلقت فعاليات المهرجان بحفل غنائي'])).toBe(true);
    expect(tellsOtherPhase('when does the festival close?', 'date', told)).toBe(false);
    expect(tellsOtherPhase("who's singing at the festival's closing night?", 'person', [...told, 'It will close with a parade.'])).toBe(false);
    expect(tellsOtherPhase('who sang at the opening?', 'person', told)).toBe(false);
  });

  it('declines who sings at the closing night when only the opening concert is reported', async () => {
    expect((await ask("who's singing at the hala february closing night?")).found).toBe(false);
  });

  it('answers who sang at the opening', async () => {
    expect((await ask('who sang at the hala february opening night?')).citations[0]?.quote).toMatch(/الرويشد/);
  });
});
