import { describe, expect, it } from 'vitest';
import { storedClippings } from '../../src/answer/stored-derivations.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A chess final, told with the whole word where a reader clips it. Written for this test.
const WIRE = `Date : 05/03/2026
Schoolgirl wins national chess final
KUWAIT, March 5 (KUNA) -- Dana Al-Ajmi, a 14-year-old pupil from Jahra, became the national chess champion on Thursday after winning the final in 41 moves, the chess federation said.
The federation said she would play at the Gulf championship in Doha in June. (end)
ab.cd
`;

describe('a clipped word asked, the stored words it is clipped from', () => {
  it('finds the stored words that begin with a word the store does not hold', () => {
    const names = buildNameVocabulary(['champion', 'championship', 'desalin', 'chess']);
    expect(storedClippings('champ', names).sort()).toEqual(['champion', 'championship']);
    expect(storedClippings('desal', names)).toEqual(['desalin']);
  });

  it('leaves held, short, non-Latin and common beginnings alone', () => {
    const names = buildNameVocabulary(['champ', 'champion', 'chess', 'convoy', 'convert', 'convention', 'convince']);
    expect(storedClippings('champ', names)).toEqual([]);
    expect(storedClippings('che', names)).toEqual([]);
    expect(storedClippings('ches', names)).toEqual([]);
    expect(storedClippings('بطل', names)).toEqual([]);
    expect(storedClippings('conv', names)).toEqual([]);
    expect(storedClippings('champ', undefined)).toEqual([]);
  });

  it('answers a question asked with the clipped word', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'how old is the chess champ?', now);
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/14-year-old/);
  });
});
