import { describe, expect, it } from 'vitest';
import { withoutReportFrame } from '../../src/answer/without-report-frame.js';

describe('withoutReportFrame', () => {
  it.each([
    ['saw this  : how many ferries sail to failaka?', 'how many ferries sail to failaka?'],
    ['how many ferries sail to failaka (kuna,  )', 'how many ferries sail to failaka'],
    ['where will the ferries stop (there was a kuna item on it  )', 'where will the ferries stop'],
    ['the article from   — who runs the ferry service?', 'who runs the ferry service?'],
    ['when does the ferry start, read about it  ', 'when does the ferry start'],
    ['بالنسبة للخبر اللي نزل  ، كم عبارة بتشتغل لفيلكا؟', 'كم عبارة بتشتغل لفيلكا؟'],
    ['خبر كونا بتاريخ  : وين بتوقف العبارات', 'وين بتوقف العبارات'],
    ['كم عبارة بتشتغل لفيلكا سمعت عنه  ', 'كم عبارة بتشتغل لفيلكا'],
    ['كم سعر تذكرة العبارة حسب المنشور  ', 'كم سعر تذكرة العبارة'],
    // the asker's asides around the report: a quick question, a hedge, the one followed up, an agency's copy or coverage
    ['quick q about the   bulletin: how many ferries sail to failaka?', 'how many ferries sail to failaka?'],
    ['when does the ferry start, i think it ran on  ', 'when does the ferry start'],
    ['following up the one from  , who runs the ferry service?', 'who runs the ferry service?'],
    ['where will the ferries stop — asking about kuna copy from  ', 'where will the ferries stop'],
    ['about kunas   coverage — how much is a ticket', 'how much is a ticket'],
    ['checking an   article: how many ferries sail', 'how many ferries sail'],
    ['caught a kuna piece   — who runs the ferry service', 'who runs the ferry service'],
    ['  wire had it: is the ferry free for children', 'is the ferry free for children'],
  ])('drops the clause that only points at the report: %s', (question, asked) => {
    expect(withoutReportFrame(question)).toBe(asked);
  });

  it('keeps a figure written with a thousands separator whole', () => {
    expect(withoutReportFrame('in the report, who said 5,000 people took the ferry')).toBe('who said 5,000 people took the ferry');
  });

  it('keeps a clause with a word of its own, and a question that is all about the report', () => {
    expect(withoutReportFrame('ferry: how much will a ticket cost?')).toBe('ferry: how much will a ticket cost?');
    expect(withoutReportFrame('what did kuna put out  ?')).toBe('what did kuna put out  ?');
    expect(withoutReportFrame('who said the ferry fare falls, the minister or the operator?')).toBe('who said the ferry fare falls, the minister or the operator?');
    // an aside with a word of its own is the asker's topic: "what do they think", "follow the ferry"
    expect(withoutReportFrame('in the report, what do they think sank the ferry')).toBe('what do they think sank the ferry');
    expect(withoutReportFrame('which ferries follow the new route, i think')).toBe('which ferries follow the new route, i think');
  });
});
