import { describe, expect, it } from 'vitest';
import { asksPrior, missesPriorAsked, tellsPrior } from '../../src/answer/misses-prior-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// A speed-reading record told with no earlier one, and a chess record told with the one it broke. Written for this test.
const WIRE = `Date : 05/05/2026
Kuwaiti student sets speed-reading record
KUWAIT, May 5 (KUNA) -- A 15-year-old Kuwaiti student read a 300-page novel in 41 minutes on Tuesday at the Kuwait Reading Festival, a new national record, the organisers said.
(end)
ab.cd

Date : 05/05/2026
Kuwaiti sets blitz chess record
KUWAIT, May 5 (KUNA) -- A Kuwaiti player won 212 blitz chess games in a row on Tuesday, a new national record, the chess federation said.
The previous record of 150 games had stood since 2019, the federation said.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a value from before asked, a story telling only its own', () => {
  it('reads a value from before asked in both languages, not an age nor a bare before', () => {
    expect(asksPrior('What was the old record?')).toBe(true);
    expect(asksPrior('how much was approved the year before?')).toBe(true);
    expect(asksPrior('كم كانت النسبة في المسح السابق؟')).toBe(true);
    expect(asksPrior('كم مرة فاز بالبطولة قبل؟')).toBe(true);
    expect(asksPrior('What was the record before?')).toBe(true);
    expect(asksPrior('How old is the winner?')).toBe(false);
    expect(asksPrior('a 15-year-old won; how many years old was he?')).toBe(false);
    expect(asksPrior('Who scored before the break?')).toBe(false);
    expect(asksPrior('متى المباراة المقبلة؟')).toBe(false);
  });

  it('takes an earlier value told for the one asked, a next one or a competition not', () => {
    expect(missesPriorAsked('What was the old record?', ['He set a new national record.'])).toBe(true);
    expect(missesPriorAsked('What was the old record?', ['A 15-year-old set a new record.'])).toBe(true);
    expect(missesPriorAsked('What was the old record?', ['The previous record of 150 games had stood since 2019.'])).toBe(false);
    expect(missesPriorAsked('كم كانت النسبة في المسح السابق؟', ['وأظهر المسح أن 38 في المئة منهم يشربونها، مقارنة ب 30 في المئة في 2022.'])).toBe(false);
    expect(missesPriorAsked('كم كانت النسبة في المسح السابق؟', ['وتقام المسابقة الشهر المقبل.'])).toBe(true);
  });

  it('declines the speed-reading record before when only the new one is told', async () => {
    expect((await ask('What was the speed-reading record before?')).found).toBe(false);
  });

  it('answers the old blitz chess record', async () => {
    expect((await ask('What was the previous blitz chess record?')).found).toBe(true);
  });
});

describe('a value from before: a year before the filing named', () => {
  it('takes a year before the day the story was filed as a time before the news, the year filed or a later one not', () => {
    const told = ['She said the organ, bought by the school in 1979, had been repaired for KD 900.'];
    expect(tellsPrior(told, '2026-03-01')).toBe(true);
    expect(tellsPrior(['The organ will be repaired in 2026 for KD 900.'], '2026-03-01')).toBe(false);
    expect(tellsPrior(['The organ will be repaired in 2027 for KD 900.'], '2026-03-01')).toBe(false);
    expect(tellsPrior(told)).toBe(false);
  });
});
