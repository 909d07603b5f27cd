import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { isNumberToken, linksAnswerFiller } from '../../src/answer/link-answer-filler.js';
import { isRelevant, sameWord } from '../../src/answer/judge-relevance.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// Our own sentences. A school that shelters displaced families, with a toll of the killed only; a
// law approved on a Monday whose start is not given; a market report whose later paragraph does
// not repeat the market's name; a ministry's exam dates, with no word on the results.
const WIRE = `Date : 10/03/2026
Kuwait condemns shelling of a shelter school
KUWAIT, March 10 (KUNA) -- Kuwait condemned on Tuesday the shelling of a school in Rafah sheltering displaced families, the Foreign Ministry said in a statement, adding that dozens of people were killed. (end)
ab.cd

Date : 09/03/2026
Kuwait cabinet approves new pensions law
KUWAIT, March 9 (KUNA) -- The Kuwaiti cabinet approved on Monday a new pensions law. The law will take effect once it is published in the official gazette.
The law raises the minimum monthly pension to 1,100 dinars. (end)
ab.cd

Date : 11/03/2026
Boursa Kuwait closes higher
KUWAIT, March 11 (KUNA) -- Boursa Kuwait ended Wednesday's session higher, with the all-share index up 0.7 percent.
Some 250 million shares changed hands in 11,000 deals.
Bank stocks led the gains, while Zain and Agility were the most traded. (end)
ab.cd

التاريخ : 11/03/2026
الكويت - 11 - 3 (كونا) -- أنهت بورصة الكويت تعاملاتها اليوم الأربعاء على ارتفاع مؤشرها العام.
وتم تداول 250 مليون سهم عبر 11000 صفقة بقيمة 61 مليون دينار.(النهاية)
ع م / س ر

التاريخ : 11/03/2026
الكويت - 11 - 3 (كونا) -- وقعت دولة الكويت وجمهورية مصر العربية اليوم الأربعاء اتفاقية لتطوير ميناء الشويخ.
ووقع الاتفاقية عن الجانب الكويتي وزير المواصلات خالد السالم.(النهاية)
ع م / س ر

Date : 10/03/2026
KUWAIT, March 10 (KUNA) -- Kuwaiti fishermen called on Tuesday for a review of the shrimp fishing ban in territorial waters. (end)
ab.cd

التاريخ : 11/03/2026
الكويت - 11 - 3 (كونا) -- أعلنت وزارة الصحة اليوم الأربعاء إطلاق حملة وطنية للتبرع بالدم تبدأ يوم 20 مارس الجاري.(النهاية)
ع م / س ر

التاريخ : 11/03/2026
الكويت - 11 - 3 (كونا) -- أعلنت وزارة التربية اليوم الأربعاء أن امتحانات الفصل الثاني للمرحلة المتوسطة تبدأ يوم 22 مارس الجاري.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('a filler of the asked type, tied to what is asked', () => {
  const at = (word: string) => (tokens: readonly string[]) => tokens.flatMap((t, i) => (analyseText(word).includes(t) ? [i] : []));

  it('counts a figure only next to what it counts', () => {
    expect(linksAnswerFiller('Some 312 million shares changed hands.', 'number', at('shares'))).toBe(true);
    expect(linksAnswerFiller('A school sheltering displaced families was shelled in Rafah, which killed dozens of people.', 'number', at('displaced'))).toBe(false);
    expect(linksAnswerFiller('He said the unstable weather would last until Saturday evening.', 'number', at('weather'))).toBe(true);
    // a figure's units are part of it: "120 million dinars for new storage silos"
    expect(linksAnswerFiller('The cabinet asked the ministry to allocate 120 million dinars for new storage silos.', 'number', at('silos'))).toBe(true);
    expect(linksAnswerFiller('The cabinet allocated 120 million for the port and approved new storage silos.', 'number', at('silos'))).toBe(false);
  });

  it('takes the fact from the sentence that names what is asked, not from another', () => {
    const text = 'The final will be played on February 20. The semi-final drew a crowd at the stadium.';
    expect(linksAnswerFiller(text, 'date', at('final'))).toBe(true);
    expect(linksAnswerFiller(text, 'date', at('crowd'))).toBe(false);
  });

  it('reads a bare preposition glued to an Arabic word (بقيمة, لبورصة), never to a short one or an English one', () => {
    const [value, market] = analyseText('قيمة بورصة');
    expect(sameWord(analyseText('بقيمة')[0], value as string)).toBe(true);
    expect(sameWord(analyseText('لبورصة')[0], market as string)).toBe(true);
    expect(sameWord('bvalue', 'value')).toBe(false);
    expect(sameWord(analyseText('بعد')[0], 'عد')).toBe(false);
  });

  it('reads a counted noun with the accusative alif (40 مخيما, 48 قاربا) as the noun asked, never an English word or a two-letter stem', () => {
    const [camp, boat] = analyseText('المخيمات قارب');
    const told = analyseText('أزالت البلدية 40 مخيما و48 قاربا');
    expect(told.some((token) => sameWord(token, camp as string))).toBe(true);
    expect(told.some((token) => sameWord(token, boat as string))).toBe(true);
    expect(sameWord('campa', 'camp')).toBe(false);
    expect(sameWord('ما', 'م')).toBe(false);
  });

  it('reads an adjective of relation with the accusative alif (قرشا حوتيا) as its noun, as the analyser reads حوتي and حوتية', () => {
    const [whale] = analyseText('الحوت');
    expect(analyseText('الحوتي الحوتية')).toEqual([whale, whale]);
    expect(analyseText('رصد قرشا حوتيا').some((token) => sameWord(token, whale as string))).toBe(true);
    expect(sameWord('campya', 'camp')).toBe(false);
  });

  it('"how much money" and "كم صارت" ask for a figure: neither money nor صارت is a topic', () => {
    const english = 'how much money will go to the new silos';
    const money = weighConcepts(expandQuery(english), english, undefined, 10, 'number').list.find((c) => c.group.some((p) => p.join(' ') === 'money'));
    expect(money?.critical).toBe(false);
    expect(expandQuery('كم صارت القيمة السوقية').groups.flat().map((p) => p.join(' '))).not.toContain(analyseText('صارت').join(' '));
  });

  it('"heard" is a word of the asking, not a topic no dispatch holds', () => {
    expect(expandQuery("any school tomorrow? heard it's gonna rain").groups.flat().map((p) => p.join(' '))).not.toContain('heard');
  });

  it('البورصة is Boursa as an English dispatch writes it', () => {
    expect(expandQuery('البورصة').groups.flat().map((phrase) => phrase.join(' '))).toContain(analyseText('Boursa').join(' '));
  });

  it('takes a preposition the stop list keeps (ضد) for no topic', () => {
    const question = 'متى تنتهي حملة التطعيم ضد الإنفلونزا';
    const concepts = weighConcepts(expandQuery(question), question, undefined, 10, 'date');
    const particle = concepts.list.find((c) => c.group.some((phrase) => phrase.join(' ') === analyseText('ضد').join(' ')));
    expect(particle?.critical).toBe(false);
    expect(concepts.list.filter((c) => c.critical).length).toBeGreaterThanOrEqual(3);
  });

  it('reads years, places named by a common noun, and number words', () => {
    expect(holdsAnswerType('The port should be operational by 2029.', 'date')).toBe(true);
    expect(holdsAnswerType('Some 8,112.4 points.', 'date')).toBe(false);
    expect(holdsAnswerType('Fireworks will light up the sky along the waterfront.', 'place')).toBe(true);
    expect(holdsAnswerType('Fireworks will light up the sky.', 'place')).toBe(false);
    expect(['five', 'عشرات', 'آلاف', '500'].flatMap((w) => analyseText(w)).every(isNumberToken)).toBe(true);
  });

  it('reads an Arabic number word with a bare preposition glued on, but not a short word that only looks like one', () => {
    expect(['بسبعة', 'لثلاثة', 'بعشرين', 'كأربعة'].flatMap((w) => analyseText(w)).every(isNumberToken)).toBe(true);
    expect(analyseText('لست').some(isNumberToken)).toBe(false);
    const fee = (tokens: readonly string[]) => tokens.flatMap((t, i) => (t === analyseText('رسوم')[0] ? [i] : []));
    expect(linksAnswerFiller('وحددت رسوم التسجيل بسبعة دنانير للطالب.', 'number', fee)).toBe(true);
  });
});

describe('answerability from linked evidence on a real store', () => {
  it('declines how many displaced a school sheltered when only the killed are counted', async () => {
    const result = await ask('how many displaced families did the school in Rafah shelter?');
    // a partial answer: what the dispatches report, and that the figure is not among it
    expect(result).toMatchObject({ found: false, frame: { kind: 'partial', missing: ['number'] } });
    expect(result.citations[0]?.quote).toMatch(/sheltering displaced families/);
  });

  it('declines when the law takes effect: the day it was approved is not that day', async () => {
    const result = await ask('when will the new pensions law take effect?');
    expect(result).toMatchObject({ found: false, frame: { kind: 'partial', missing: ['date'] } });
  });

  it('answers what the law sets, from the sentence that sets it', async () => {
    const result = await ask('how much is the minimum monthly pension under the new law?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/1,100 dinars/);
  });

  it("takes the market's name from the dispatch's headline for a later paragraph", async () => {
    const result = await ask('which stocks were the most traded on Boursa Kuwait?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/Zain and Agility/);
  });

  it('a slot noun of another kind is a topic: when are the exam results out, with only exam dates stored', async () => {
    expect((await ask('متى تعلن نتائج امتحانات المرحلة المتوسطة؟')).found).toBe(false);
    expect((await ask('متى تبدأ امتحانات المرحلة المتوسطة؟')).found).toBe(true);
  });

  it('reads a bare preposition glued to the word asked: بقيمة for قيمة', async () => {
    const result = await ask('كم قيمة التداول في بورصة الكويت؟');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.quote).toMatch(/61 مليون دينار/);
  });

  it('a question only about the story takes the fact from any sentence on it', async () => {
    const result = await ask('مين وقع اتفاقية ميناء الشويخ عن الكويت؟');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('خالد السالم'))).toBe(true);
  });

  it('does not judge a passage on the one word its language can write: "when does the shrimp fishing ban start" is not a blood drive', async () => {
    const result = await ask('when does the shrimp fishing ban start?');
    expect(result.found).toBe(false);
  });
});

describe('the two rarest topics, for untyped questions only', () => {
  // "what was the result against Kazma in the handball league": the passage gives the score and names
  // Kazma and handball, not the league (the second rarest topic).
  const concept = (word: string, documents: number) => ({ group: [analyseText(word)], place: false, documents, critical: true, entity: false });
  const concepts = { list: [concept('Kazma', 1), concept('handball', 3), concept('league', 1)], total: 40, missing: [] };
  const hit = {
    dispatchId: 'd', paragraph: 1, text: 'Kuwait SC beat Kazma 30-24 in handball on Tuesday.', score: 1, date: '2026-03-10', lang: 'en' as const,
    agency: 'KUNA', headline: 'Kuwait SC win the handball league title', dateline: null, urgent: false, storyId: 's',
  };

  it('a typed question is judged by its linked fact, not by its second rarest word', () => {
    expect(isRelevant(hit, { story: hit.headline }, concepts, false, 'result')).toBe(true);
  });

  it('an untyped question still needs its two rarest topics of three or four', () => {
    // A headline naming the league would lend it to the paragraph, which names what is asked beyond it (see paragraph-of-its-story).
    const headline = 'Kuwait SC beat Kazma in handball';
    expect(isRelevant({ ...hit, headline }, { story: headline }, concepts, false, null)).toBe(false);
  });
});
