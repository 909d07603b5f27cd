import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T08:00:00Z');

// Our own sentences: a charity's drive told without "announce", what its kits hold told without
// "inside", and a municipality's decision told without "decide" (another dispatch says قررت).
const WIRE = `Date : 07/04/2026
Kuwait charity launches winter blanket drive
KUWAIT, April 7 (KUNA) -- The Kuwait Charity Society launched on Tuesday a drive to hand out 20,000 winter blankets to needy families in the governorates. (end)
ab.cd

Date : 07/04/2026
Charity society relief kits reach Jahra families
KUWAIT, April 7 (KUNA) -- Relief kits of the Kuwait Charity Society reached 3,000 families in Jahra on Tuesday; each kit holds rice, sugar, cooking oil and lentils. (end)
ab.cd

التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- مددت بلدية الكويت اليوم الثلاثاء موسم التخييم الربيعي أسبوعين إضافيين حتى نهاية أبريل بسبب اعتدال الأجواء.(النهاية)
ع م / س ر

التاريخ : 06/04/2026
الكويت - 6 - 4 (كونا) -- قررت وزارة التربية اليوم الاثنين تعطيل الدراسة في المدارس يوم الأربعاء، بحسب مسؤول في الوزارة.(النهاية)
ع م / س ر

التاريخ : 06/04/2026
الكويت - 6 - 4 (كونا) -- حضر مهرجان الربيع في حديقة الشهيد منذ افتتاحه نحو 5 آلاف زائر.(النهاية)
ع م / س ر

التاريخ : 05/04/2026
الكويت - 5 - 4 (كونا) -- أصيب شخص في حريق بمخزن في الشويخ الصناعية اليوم الأحد.(النهاية)
ع م / س ر

التاريخ : 05/04/2026
الكويت - 5 - 4 (كونا) -- وافق مجلس الوزراء اليوم الأحد على إنشاء هيئة للأمن الغذائي تتولى الإشراف على المخزون الاستراتيجي من القمح والأرز.(النهاية)
ع م / س ر

Date : 05/04/2026
Cabinet sets up food security authority
KUWAIT, April 5 (KUNA) -- The cabinet on Sunday set up a food security authority that will oversee the strategic stocks of wheat and rice. (end)
ab.cd

Date : 05/04/2026
Pavement parking fine doubles
KUWAIT, April 5 (KUNA) -- Motorists caught parking on pavements will be fined KD 30 from May 1, the Interior Ministry said on Sunday. (end)
ab.cd
`;

describe('words that frame the question, or name anyone, are no topic a passage must name', () => {
  const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

  it('weighs "announce", "decide", "inside", أعلن and قررت as searched, never required', () => {
    for (const question of ['What did the charity announce?', 'What did the cabinet decide?', "What's inside the kits?", 'ماذا أعلنت البلدية؟', 'ماذا قررت البلدية؟']) {
      const frame = weighConcepts(expandQuery(question), question, undefined, 10).list.filter((c) => !c.critical);
      expect(frame.length, question).toBeGreaterThan(0);
    }
  });

  it('answers what the charity announced from "launched … a drive", though no dispatch says "announce"', async () => {
    const result = await ask('What did the Kuwait Charity Society announce?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('20,000 winter blankets'))).toBe(true);
  });

  it('answers what is inside the relief kits from "each kit holds"', async () => {
    const result = await ask("What's inside the Charity Society's relief kits?");
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('rice, sugar'))).toBe(true);
  });

  it('answers what the municipality decided from "مددت بلدية الكويت", though قررت is another dispatch\'s word', async () => {
    const result = await ask('ماذا قررت البلدية بشأن موسم التخييم؟');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('أسبوعين إضافيين'))).toBe(true);
  });

  it('takes "people", شخص for whoever the wire counts or fines (visitors, motorists), no topic a passage must name', async () => {
    const english = await ask('How much will people pay for parking on pavements?');
    expect(english.found).toBe(true);
    expect(english.citations.some((c) => c.quote.includes('KD 30'))).toBe(true);
    const arabic = await ask('كم شخص حضر مهرجان الربيع في حديقة الشهيد؟');
    expect(arabic.found).toBe(true);
    expect(arabic.citations.some((c) => c.quote.includes('5 آلاف زائر'))).toBe(true);
  });

  it('answers what a body will be "in charge of", مسؤولة عنه, from what the wire says it will do', async () => {
    const english = await ask('What will the new food security authority be in charge of?');
    expect(english.found).toBe(true);
    expect(english.citations.some((c) => c.quote.includes('will oversee'))).toBe(true);
    const arabic = await ask('ماذا ستكون هيئة الأمن الغذائي مسؤولة عنه؟');
    expect(arabic.found).toBe(true);
    expect(arabic.citations.some((c) => c.quote.includes('تتولى الإشراف') || c.quote.includes('will oversee'))).toBe(true);
  });

  it('still declines when a topic word no dispatch holds is asked beside the frame ("announce" about mattresses)', async () => {
    const result = await ask('What did the Kuwait Charity Society announce about mattresses?');
    expect(result.found).toBe(false);
  });
});

// Our own sentences: an eclipse dated to the minute beside a customs seizure (ضبطت, the stem of بالضبط).
const ECLIPSE = `التاريخ : 06/04/2026
الكويت - 6 - 4 (كونا) -- قال مركز فلكي اليوم الاثنين إن خسوف القمر يحل مساء الخميس المقبل في الساعة السابعة و10 دقائق بتوقيت الكويت.(النهاية)
ع م / س ر

التاريخ : 06/04/2026
الكويت - 6 - 4 (كونا) -- ضبطت الإدارة العامة للجمارك اليوم الاثنين شحنة من السجائر المهربة في ميناء الشويبة.(النهاية)
ع م / س ر
`;

describe('the modal verbs of the asking ("can I", "should we") are no topic', () => {
  it.each(['Where can people get the new notes?', 'Where could I buy the stamps?', 'Which documents must applicants bring?'])('%s', (question) => {
    const critical = weighConcepts(expandQuery(question), question, undefined, 10, 'place').list.filter((c) => c.critical).flatMap((c) => c.group.map((p) => p.join(' ')));
    expect(critical.some((token) => ['can', 'could', 'must'].includes(token))).toBe(false);
  });
});

describe('adverbs that sharpen or date the asking ("exactly", "now", بالضبط, حاليا) are no topic', () => {
  it('weighs them as searched, never required', () => {
    for (const question of ['What is the gold price now?', 'When exactly does the eclipse start?', 'متى الخسوف بالضبط؟', 'كم سعر الذهب حاليا؟']) {
      const frame = weighConcepts(expandQuery(question), question, undefined, 10).list.filter((c) => !c.critical);
      expect(frame.length, question).toBeGreaterThan(0);
    }
  });

  it('dates the eclipse asked "بالضبط", though the store holds ضبطت (seized) elsewhere', async () => {
    const result = await askOnWire(tempDir(), ECLIPSE, 'متى خسوف القمر بالضبط؟', now);
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('السابعة و10 دقائق'))).toBe(true);
  });
});

describe('"still", and a vague noun standing for the topic ("the quiz thing"), are no topic', () => {
  it('weighs them as searched, never required', () => {
    const critical = (question: string, type: 'person' | null = null) =>
      weighConcepts(expandQuery(question), question, undefined, 10, type).list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '));
    expect(critical('can shops still sell fireworks?')).not.toContain('still');
    expect(critical('who won the quiz thing?', 'person')).not.toContain('thing');
    expect(critical('who won the quiz?', 'person')).toContain('quiz');
  });
});
