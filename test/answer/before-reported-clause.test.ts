import { describe, expect, it } from 'vitest';
import { beforeReportedClause } from '../../src/answer/before-reported-clause.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { YOUTH_CHESS_WIRE } from '../helpers/youth-chess-wire.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

const ask = (question: string) => askOnWire(tempDir(), YOUTH_CHESS_WIRE, question, now);

describe('asked who said a thing: the statement is not the speaker', () => {
  it('keeps the part of a question before its verb of speech, or the whole question without one', () => {
    expect(beforeReportedClause('which official said the chess winner goes to Singapore?')).toBe('which official');
    expect(beforeReportedClause('أي مسؤولة قالت إن الفايز بالشطرنج بيروح سنغافورة؟')).toBe('اي مسؤوله');
    expect(beforeReportedClause('how many clubs play in the chess tournament?')).toBe('how many clubs play in the chess tournament?');
  });

  it('answers who said the winner goes to another country, though the sentence names the wire\'s own first', async () => {
    for (const question of ['which official said the chess winner goes to Singapore?', 'أي مسؤولة قالت إن الفايز ببطولة الشطرنج بيروح سنغافورة؟']) {
      const result = await ask(question);
      expect(result.found, question).toBe(true);
      expect(result.citations.map((c) => c.quote).join(' '), question).toMatch(/Noura Al-Kandari|نورة الكندري/);
    }
  });
});
