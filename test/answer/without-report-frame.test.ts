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

  it('drops a frame naming the report as a cable, the asker finding or recalling it, or their question about it', () => {
    expect(withoutReportFrame('في برقية كونا  ، كم عبارة بتشتغل لفيلكا؟')).toBe('كم عبارة بتشتغل لفيلكا؟');
    expect(withoutReportFrame('لقيت برقية من  ، أبي أعرف سعر تذكرة العبارة')).toBe('أبي أعرف سعر تذكرة العبارة');
    expect(withoutReportFrame('سؤال عن خبر  : وين بتوقف العبارات')).toBe('وين بتوقف العبارات');
  });

  it('drops a clause naming only the asking ("a question:", `سؤال:`) beside the report the asker points at, and keeps the asking', () => {
    expect(withoutReportFrame('from kuna , a question: why did the junior karting round start late')).toBe('why did the junior karting round start late');
    expect(withoutReportFrame('a question: who will run the science camps')).toBe('who will run the science camps');
    expect(withoutReportFrame('سؤال: متى يبدأ الدوام')).toBe('متى يبدأ الدوام');
    // a question that names nothing of its own keeps its words
    expect(withoutReportFrame('a question: what is it')).toBe('a question: what is it');
  });

  it('ends a clause at a question mark with more after it: the asker recalling the report asks a question of its own', () => {
    expect(withoutReportFrame('تذكر خبر  ؟ كم عبارة بتشتغل لفيلكا؟')).toBe('كم عبارة بتشتغل لفيلكا؟');
    expect(withoutReportFrame('تتذكر الخبر؟ وين بتوقف العبارات؟')).toBe('وين بتوقف العبارات؟');
    expect(withoutReportFrame('العبارات بتوقف بفيلكا؟ ولا بالخيران؟')).toBe('العبارات بتوقف بفيلكا؟ ولا بالخيران؟');
  });

  it('drops a closing frame before the question mark, its verb with the object pronoun glued on (شفته، قريتها)', () => {
    expect(withoutReportFrame('من أي يوم تبدأ رحلات العبارة شفته بأخبار  ؟')).toBe('من أي يوم تبدأ رحلات العبارة؟');
    expect(withoutReportFrame('كم سعر تذكرة العبارة قريتها بالخبر؟')).toBe('كم سعر تذكرة العبارة؟');
    expect(withoutReportFrame('وين بتوقف العبارات سمعت عنه؟')).toBe('وين بتوقف العبارات؟');
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

describe('withoutReportFrame: frames that carried a date (the date already taken out)', () => {
  it.each([
    ['quick q about the   dispatch: how many buses run to the fair?', 'how many buses run to the fair?'],
    ['  wire had it: who opened the fair', 'who opened the fair'],
    ['caught a kuna report   — who opened the fair', 'who opened the fair'],
    ['following up the one from  , who opened the fair', 'who opened the fair'],
    ['about kunas   coverage — who opened the fair', 'who opened the fair'],
    ['checking a   article: who opened the fair', 'who opened the fair'],
    ['who opened the fair — asking about kuna copy from  ', 'who opened the fair'],
    ['who opened the fair — that was in the   bulletin?', 'who opened the fair'],
    ['who opened the fair, i think it ran on  ', 'who opened the fair'],
    ['سؤال عن خبر  : منو افتتح المعرض؟', 'منو افتتح المعرض؟'],
    ['في برقية كونا  ، منو افتتح المعرض؟', 'منو افتتح المعرض؟'],
    ['لقيت برقية من  ، منو افتتح المعرض', 'منو افتتح المعرض'],
    ['تذكر خبر  ؟ منو افتتح المعرض؟', 'منو افتتح المعرض؟'],
    ['منو افتتح المعرض والخبر منشور  ؟', 'منو افتتح المعرض؟'],
    ['كم باص للمعرض شفته بأخبار  ؟', 'كم باص للمعرض؟'],
    ['منو افتتح المعرض (قريته في أخبار  )؟', 'منو افتتح المعرض'],
    ['كم باص للمعرض والكلام في خبر  ', 'كم باص للمعرض'],
  ])('drops the frame of %s', (question, asked) => {
    expect(withoutReportFrame(question)).toBe(asked);
  });

  it('keeps a closing run before a question mark that names no report by its noun, and a question asked of the report', () => {
    expect(withoutReportFrame('what did kuna put out?')).toBe('what did kuna put out?');
    expect(withoutReportFrame('did the fair open? i think so')).toBe('did the fair open? i think so');
  });

  it('drops a frame of the asker covering, going back to or passing over the report, or of the agency having covered or said it', () => {
    expect(withoutReportFrame('who opened the new pier (kuna covered it  )')).toBe('who opened the new pier');
    expect(withoutReportFrame('on kuna earlier  : how long is the new pier')).toBe('how long is the new pier');
    expect(withoutReportFrame('still on   dispatch: who paid for the pier')).toBe('who paid for the pier');
    expect(withoutReportFrame('a friend forwarded the   kuna text, is the pier open at night')).toBe('is the pier open at night');
    expect(withoutReportFrame('how many boats can moor there, kuna reported it  ')).toBe('how many boats can moor there');
    expect(withoutReportFrame('رجعت لبرقية  ، كم طول الرصيف الجديد؟')).toBe('كم طول الرصيف الجديد؟');
    expect(withoutReportFrame('مريت على خبر  ، منو افتتح الرصيف؟')).toBe('منو افتتح الرصيف؟');
    expect(withoutReportFrame('  مر علي خبر بكونا، منو افتتح الرصيف؟')).toBe('منو افتتح الرصيف؟');
    expect(withoutReportFrame('قاعد أقرا خبر  ، منو افتتح الرصيف؟')).toBe('منو افتتح الرصيف؟');
    expect(withoutReportFrame('تابعت تغطية كونا  ، منو افتتح الرصيف؟')).toBe('منو افتتح الرصيف؟');
    expect(withoutReportFrame('بخبر كونا المؤرخ  ، منو افتتح الرصيف؟')).toBe('منو افتتح الرصيف؟');
    expect(withoutReportFrame('ليش سكروا الرصيف (خبر   بكونا)')).toBe('ليش سكروا الرصيف');
    expect(withoutReportFrame('كم قارب يرسي فيه، والخبر جديد  ')).toBe('كم قارب يرسي فيه');
  });

  it('ends a clause at a full stop with more after it: a sentence pointing at the report is a frame of its own', () => {
    expect(withoutReportFrame('went through the   kuna feed. who opened the new pier')).toBe('who opened the new pier');
    expect(withoutReportFrame('  kuna said something about this. who opened the new pier')).toBe('who opened the new pier');
    expect(withoutReportFrame('the pier opened. who paid for it')).toBe('the pier opened. who paid for it');
  });

  it('keeps the words when they are the fact asked: a survey that covered sites, a friend who won', () => {
    expect(withoutReportFrame('the reef survey covered how many sites')).toBe('the reef survey covered how many sites');
    expect(withoutReportFrame('which friend of the founder said the pier will open')).toBe('which friend of the founder said the pier will open');
  });
});

describe('withoutReportFrame: a clause framing the asking by its shape, in words no list holds', () => {
  it.each([
    ['a colleague passed me the kuna write-up, how many ferries sail to failaka?', 'how many ferries sail to failaka?'],
    ['my neighbour mentioned a story about the ferries: when does the first boat leave?', 'when does the first boat leave?'],
    ['how many ferries sail to failaka? my cousin mentioned the kuna piece', 'how many ferries sail to failaka'],
    ['stumbled on a kuna bulletin — give me the price of a ticket', 'give me the price of a ticket'],
    ['صديقي دز لي خبر، كم عبارة بتشتغل لفيلكا؟', 'كم عبارة بتشتغل لفيلكا؟'],
    ['وصلني خبر بالواتساب عن العبارات: عطني سعر التذكرة', 'عطني سعر التذكرة'],
  ])('drops the frame of %s', (question, asked) => {
    expect(withoutReportFrame(question)).toBe(asked);
  });

  it('keeps the topic the frame names after "on", "about", `عن` when the asking names next to nothing itself', () => {
    expect(withoutReportFrame('kuna had a story on the camel crash, how many were hurt')).toBe('camel crash , how many were hurt');
    expect(withoutReportFrame('my neighbour mentioned a story about the ferries: how much is a ticket?')).toBe('ferries : how much is a ticket?');
    expect(withoutReportFrame('وصلني خبر بالواتساب عن العبارات: كم سعرها؟')).toBe('العبارات : كم سعرها؟');
    // the asking restates the topic
    expect(withoutReportFrame('kuna had a story on the camel crash, how many were hurt in the crash')).toBe('how many were hurt in the crash');
    // no topic of its own after the preposition: a pronoun, the report itself
    expect(withoutReportFrame('a colleague had a kuna piece on it, how many were hurt')).toBe('how many were hurt');
    expect(withoutReportFrame('صديقي سأل عن خبر كونا، كم واحد انصاب؟')).toBe('كم واحد انصاب؟');
  });

  it('reads every request requestAsAsking reads as the asking beside a frame (`حاب أعرف`, `ممكن تقول لي`)', () => {
    expect(withoutReportFrame('صديقي دز لي خبر، حاب أعرف سعر التذكرة')).toBe('حاب أعرف سعر التذكرة');
    expect(withoutReportFrame('صديقي دز لي خبر، ممكن تقول لي سعر التذكرة')).toBe('ممكن تقول لي سعر التذكرة');
  });

  it('keeps a clause naming the report that asks itself, or beside a clause that asks nothing', () => {
    expect(withoutReportFrame('which kuna story named the captain, and how old is he?')).toBe('which kuna story named the captain, and how old is he?');
    expect(withoutReportFrame('my cousin mentioned the kuna piece, the ferry to failaka')).toBe('my cousin mentioned the kuna piece, the ferry to failaka');
    expect(withoutReportFrame('صديقي دز لي خبر، العبارة لفيلكا')).toBe('صديقي دز لي خبر، العبارة لفيلكا');
  });
});

describe('withoutReportFrame: asides about the source read whole, and the asking read by its marks', () => {
  it('drops a bracket or a dash aside naming the agency whatever else it holds, its commas included', () => {
    expect(withoutReportFrame('which beaches will the lifeguards patrol (for my uncle, its kuna from  )')).toBe('which beaches will the lifeguards patrol');
    expect(withoutReportFrame('how long did the blackout last — kuna ran it  , i think')).toBe('how long did the blackout last');
    expect(withoutReportFrame('متى تبدأ رحلات العبارة — خبر من كونا   على ما أظن')).toBe('متى تبدأ رحلات العبارة');
  });

  it('drops a bracketed aside beside a bare topic, which asks by no word', () => {
    expect(withoutReportFrame('سعر تذكرة العبارة لفيلكا (ربعي بالدوانية يقولون كونا  )')).toBe('سعر تذكرة العبارة لفيلكا');
  });

  it('reads an asking marked by its question mark alone or by a question word with a preposition glued on', () => {
    expect(withoutReportFrame('أحاول أفهم الخبر من كونا  : العبارات بتوقف بفيلكا؟')).toBe('العبارات بتوقف بفيلكا؟');
    expect(withoutReportFrame('جدي سمع من كونا  ، العبارات بأي جزيرة بتوقف؟')).toBe('العبارات بأي جزيرة بتوقف؟');
  });

  it('reads an aside clause by clause when the asking names no topic of its own: the topic said in the aside stays', () => {
    expect(withoutReportFrame('a friend forwarded the kuna piece, lifeguards at the new beach — how many are there')).toBe('lifeguards at the new beach — how many are there');
  });

  it('keeps an aside beside a dash when the rest asks nothing, and reads no asking in `لكم`', () => {
    expect(withoutReportFrame('my cousin mentioned the kuna piece — the ferry to failaka')).toBe('my cousin mentioned the kuna piece — the ferry to failaka');
    expect(withoutReportFrame('نقلت لكم خبر كونا، العبارة لفيلكا')).toBe('نقلت لكم خبر كونا، العبارة لفيلكا');
  });
});
