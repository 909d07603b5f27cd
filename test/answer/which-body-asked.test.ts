import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { YOUTH_CHESS_WIRE } from '../helpers/youth-chess-wire.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

const ask = (question: string) => askOnWire(tempDir(), YOUTH_CHESS_WIRE, question, now);

describe('which group, association or union: a body asked for, as "who"', () => {
  it('reads "which group", "which association", `أي جمعية` and `أي اتحاد` as asking for a doer', () => {
    expect(answerTypeOf('which group said it would train its members?')).toBe('person');
    expect(answerTypeOf('which association welcomed the new law?')).toBe('person');
    expect(answerTypeOf('أي جمعية رحبت بالقرار؟')).toBe('person');
    expect(answerTypeOf('أي اتحاد نظم البطولة؟')).toBe('person');
    expect(answerTypeOf('which area will the group visit?')).toBe('place');
  });

  it('answers which group said it, the wire naming the body as the speaker', async () => {
    const result = await ask('which group said twelve clubs will play in the youth chess tournament?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Chess Federation|الاتحاد الكويتي للشطرنج/);
  });
});
