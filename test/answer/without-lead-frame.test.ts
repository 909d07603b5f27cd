import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { withoutLeadFrame } from '../../src/answer/without-lead-frame.js';

const tempDir = useTempDir();

describe('withoutLeadFrame', () => {
  it('drops a lead-in naming the story when the question after it restates its topic', () => {
    expect(withoutLeadFrame('the ferry story from  : how many ferry boats will sail now?')).toBe('how many ferry boats will sail now?');
    expect(withoutLeadFrame("quick one on 's harbour market item: who told kuna 12 traders were fined at the harbour market?")).toBe(
      'who told kuna 12 traders were fined at the harbour market?',
    );
    expect(withoutLeadFrame('بخصوص معرض الكتاب في أخبار يوم ، منو قال إن المعرض بيستمر أسبوعين؟')).toBe('منو قال إن المعرض بيستمر أسبوعين؟');
    expect(withoutLeadFrame('back on  kuna had something on the ferry. what did the captain say about the ferry fares?')).toBe(
      'what did the captain say about the ferry fares?',
    );
  });

  it('drops it before a question opening with "from when" or "since when"', () => {
    expect(withoutLeadFrame('the ferry story from  : from when will the ferry sail daily?')).toBe('from when will the ferry sail daily?');
    expect(withoutLeadFrame('the ferry item of  , since when has the ferry sailed daily?')).toBe('since when has the ferry sailed daily?');
  });

  it('keeps a lead-in whose topic the question does not restate', () => {
    expect(withoutLeadFrame('ferry: how much will a ticket cost?')).toBe('ferry: how much will a ticket cost?');
  });

  it('keeps a question that opens by asking, and one whose later clause is no question', () => {
    expect(withoutLeadFrame('how many boats sail, and where does the ferry stop?')).toBe('how many boats sail, and where does the ferry stop?');
    expect(withoutLeadFrame('the ferry to Failaka, the new one, carries how many people?')).toBe('the ferry to Failaka, the new one, carries how many people?');
  });
});

const WIRE = `Date : 11/02/2026
KUWAIT, Feb 11 (KUNA) -- Four ferry boats will sail daily between Shuwaikh and Failaka Island from March, the ferry operator said on Wednesday. (end)
ab.cd
`;

describe('a question after a lead-in naming its story', () => {
  it('is judged on the question: the lead-in words ("story", "item") are not facts a passage must tell', async () => {
    const result = await askOnWire(tempDir(), WIRE, 'the ferry story from 11 february: how many ferry boats will sail to failaka?', new Date('2026-02-14T09:00:00Z'));
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote)).toEqual([expect.stringContaining('Four ferry boats')]);
  });
});

describe('a question framed as a report the asker saw (see withoutReportFrame)', () => {
  it('is judged on the question: "the article published" names no fact a passage must tell', async () => {
    const result = await askOnWire(tempDir(), WIRE, 're the article published on 11 february, how many ferry boats will sail to failaka?', new Date('2026-02-14T09:00:00Z'));
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote)).toEqual([expect.stringContaining('Four ferry boats')]);
  });
});
