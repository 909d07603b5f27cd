import { describe, expect, it } from 'vitest';
import { answerTypeOf, holdsAnswerType } from '../../src/answer/answer-type.js';
import { figureDistance, isNumberToken, linksAnswerFiller } from '../../src/answer/link-answer-filler.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T08:00:00Z');
const at = (word: string) => (tokens: readonly string[]) => tokens.flatMap((t, i) => (analyseText(word).includes(t) ? [i] : []));

describe('how long: a length of time, not a figure next to a word', () => {
  it('reads "how long", "how many days", كم يوم and ما مدة as asking for a length of time', () => {
    expect(answerTypeOf('How long will the museum stay closed?')).toBe('duration');
    expect(answerTypeOf('how many days does the festival last?')).toBe('duration');
    expect(answerTypeOf('كم يوم يستغرق تجديد الجواز؟')).toBe('duration');
    expect(answerTypeOf('ما مدة الصيانة؟')).toBe('duration');
    // "How many" before a verb of lasting: how much time it takes.
    expect(answerTypeOf('الرحلة كم تاخذ؟')).toBe('duration');
    expect(answerTypeOf('كم يستغرق تجديد الجواز؟')).toBe('duration');
    expect(answerTypeOf('how many visitors came to the festival?')).toBe('number');
    expect(answerTypeOf('كم زائر حضر المهرجان؟')).toBe('number');
  });

  it('reads the Arabic "what time" (`الساعة كم`, `كم الساعة`, `من أي ساعة`) as asking a time, and `كم ساعة` a length of time', () => {
    expect(answerTypeOf('الساعة كم يبدأ دوام الموظفين في رمضان؟')).toBe('date');
    expect(answerTypeOf('كم الساعة تفتح المكتبة؟')).toBe('date');
    expect(answerTypeOf('الحد الجديد للإزعاج من أي ساعة لأي ساعة؟')).toBe('date');
    expect(answerTypeOf('كم ساعة يستغرق الإصلاح؟')).toBe('duration');
    // "For how much the hour" asks a price, not a time.
    expect(answerTypeOf('بكم الساعة في ملعب التنس؟')).toBe('number');
    expect(answerTypeOf('حجز الملعب الساعة بكم؟')).toBe('number');
  });

  it('reads بكم, "for how much", as asking for a figure (a price) like كم', () => {
    expect(answerTypeOf('بكم تذكرة الدخول للمعرض؟')).toBe('number');
    expect(answerTypeOf('بكم يبيعون الكيلو؟')).toBe('number');
  });

  it('finds a number written as an Arabic dual, which counts two with no figure', () => {
    expect(holdsAnswerType('وينصح الأطباء بغسل الأنف مرتين في اليوم.', 'number')).toBe(true);
    expect(holdsAnswerType('وحضر الاجتماع وزيران من دول الخليج.', 'number')).toBe(true);
    expect(holdsAnswerType('وينصح الأطباء بغسل الأنف كل يوم.', 'number')).toBe(false);
  });

  it('finds a length of time written in words or figures, an Arabic dual, and a count of working days', () => {
    expect(holdsAnswerType('Supply came back about four hours after the cut.', 'duration')).toBe(true);
    expect(holdsAnswerType('Renewals would take three working days.', 'duration')).toBe(true);
    expect(holdsAnswerType('The works will last for a week.', 'duration')).toBe(true);
    expect(holdsAnswerType('وتكفي الحصة الأسرة مدة أسبوعين.', 'duration')).toBe(true);
    expect(holdsAnswerType('بعد انقطاع استمر نحو أربع ساعات.', 'duration')).toBe(true);
    // a rate is not a length of time, nor a weekday
    expect(holdsAnswerType('The kitchen serves 5,000 meals a day.', 'duration')).toBe(false);
    expect(holdsAnswerType('تقام الجولة يوم الاثنين المقبل.', 'duration')).toBe(false);
  });

  it('links a length of time anywhere in a sentence on the topic; "how many" still wants the figure by what it counts', () => {
    const sentence = 'Electricity was fully restored to all affected areas of the town by 6:40 p.m., about four hours after the cut.';
    expect(linksAnswerFiller(sentence, 'duration', at('electricity'))).toBe(true);
    expect(linksAnswerFiller(sentence, 'number', at('electricity'))).toBe(false);
    expect(linksAnswerFiller('The museum reopened on Sunday.', 'duration', at('museum'))).toBe(false);
  });

  it('takes "what time", "ما موعد" and "كم مدة" for the answer kind, not for a topic the passage must name', () => {
    const topics = (question: string, type: Parameters<typeof weighConcepts>[4]) =>
      weighConcepts(expandQuery(question), question, undefined, 10, type).list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '));
    expect(topics('what time does the museum open', 'date')).not.toContain('time');
    expect(topics('ما موعد افتتاح المتحف', 'date')).not.toContain(analyseText('موعد').join(' '));
    expect(topics('ما مدة إغلاق المتحف', 'duration')).not.toContain(analyseText('مدة').join(' '));
    // "how long did X last": the verb states the kind of answer; the wire writes "a 25-minute display".
    expect(topics('how long did the fireworks show last', 'duration')).not.toContain('last');
  });

  it('takes the area of "which area" (`أي منطقة`) for the answer kind: the wire names the place, not "the area"', () => {
    const topics = (question: string) => weighConcepts(expandQuery(question), question, undefined, 10, 'place').list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '));
    expect(topics('which area gets the new clinic next?')).not.toContain('area');
    expect(topics('أي منطقة بتفتح فيها العيادة الجديدة؟')).not.toContain(analyseText('منطقة').join(' '));
  });
});

describe('what time in Arabic: the hour asked is the answer kind', () => {
  it('takes `الساعة` of `الساعة كم` for the answer kind, not for a topic the passage must name', () => {
    const topics = weighConcepts(expandQuery('الساعة كم يخلص توزيع الفسائل'), 'الساعة كم يخلص توزيع الفسائل', undefined, 10, 'date').list;
    expect(topics.filter((c) => c.critical).map((c) => c.group[0]?.join(' '))).not.toContain(analyseText('الساعة').join(' '));
  });
});

describe('when: times of day, seasons, a time from now', () => {
  it('reads a time of day written with points ("8:30 p.m.") or a part of the day after an Arabic hour', () => {
    expect(holdsAnswerType('The halls stay open from 8:30 p.m. until 1 a.m. during the holy month.', 'date')).toBe(true);
    expect(holdsAnswerType('وتفتح القاعات أبوابها من الثامنة مساء.', 'date')).toBe(true);
    expect(holdsAnswerType('The halls stay open for visitors of all ages.', 'date')).toBe(false);
  });

  it('reads the hours of a part of the day as a time of day ("the early hours", `في ساعات الصباح`), not hours counted', () => {
    expect(holdsAnswerType('وأضاف أن أغلب الحوادث وقعت في ساعات الصباح على الطريق الدائري.', 'date')).toBe(true);
    expect(holdsAnswerType('The fire broke out in the early hours at a warehouse.', 'date')).toBe(true);
    expect(holdsAnswerType('Most calls came during the evening hours, he said.', 'date')).toBe(true);
    expect(holdsAnswerType('وأضاف أن الفريق عمل ساعات طويلة لإنجاز المهمة.', 'date')).toBe(false);
    expect(holdsAnswerType('The team worked long hours to finish the job.', 'date')).toBe(false);
  });

  it('reads a season named as a time, not a season that names a thing', () => {
    expect(holdsAnswerType('The two sides agreed to hold a business forum in the autumn.', 'date')).toBe(true);
    expect(holdsAnswerType('وينظم المنتدى في الخريف المقبل.', 'date')).toBe(true);
    expect(holdsAnswerType('Owners of the spring camps were warned.', 'date')).toBe(false);
  });

  it('reads a time from now ("within ten days", "خلال أسبوع") as answering when', () => {
    expect(holdsAnswerType('A repair ship is expected to reach the site within ten days.', 'date')).toBe(true);
    expect(holdsAnswerType('وسترفع اللجنة تقريرها خلال أسبوع.', 'date')).toBe(true);
    expect(holdsAnswerType('وقالت اللجنة إنها سترفع تقريرها قريبا.', 'date')).toBe(false);
  });

  it('reads a month only as a whole word: "market", "decision", "Mariam" and "separately" name no month', () => {
    expect(holdsAnswerType('The fish market reopened after a decision by the municipal council.', 'date')).toBe(false);
    expect(holdsAnswerType('Supervisor Mariam Al-Otaibi said the prizes would be handed out separately.', 'date')).toBe(false);
    expect(holdsAnswerType('The fish market will reopen in Dec. after repairs.', 'date')).toBe(true);
    expect(holdsAnswerType('The fish market will reopen in March after repairs.', 'date')).toBe(true);
  });
});

describe('figures: written numbers in both languages, currencies before the amount, Monday is no number', () => {
  it('reads the feminine Arabic numbers and the tens, and English teens and tens', () => {
    expect(['أربع', 'خمس', 'عشرين', 'sixty', 'fifteen'].flatMap((w) => analyseText(w)).every(isNumberToken)).toBe(true);
  });

  it('does not take الاثنين, Monday, for the number two', () => {
    expect(isNumberToken(analyseText('الاثنين')[0] as string)).toBe(false);
    expect(holdsAnswerType('تقام الأشواط الختامية يوم الاثنين المقبل.', 'number')).toBe(false);
    expect(holdsAnswerType('وشارك اثنان من اللاعبين.', 'number')).toBe(true);
  });

  it('counts a currency written before the amount as part of the figure ("KD 2")', () => {
    const tokens = analyseText('The delivery fee set by the authority is KD 2.');
    expect(figureDistance(tokens, at('fee')(tokens))).toBeLessThanOrEqual(3);
    expect(linksAnswerFiller('The delivery fee set by the authority is KD 2.', 'number', at('fee'))).toBe(true);
  });

  it('reads an Arabic dual as the figure two standing by what it counts or costs, as a figure written in digits', () => {
    expect(linksAnswerFiller('وأوضح أن تذكرة الدخول بدينارين للزائر.', 'number', at('الدخول'))).toBe(true);
    expect(linksAnswerFiller('وأوضح أن تذكرة الدخول 3 دنانير للزائر.', 'number', at('الدخول'))).toBe(true);
    expect(linksAnswerFiller('وقال إن الاجتماع تأجل مرتين بسبب الطقس.', 'number', at('الاجتماع'))).toBe(true);
    // A dual of a unit of time is a length of time, as `4 ساعات` is: no count of the word beside it.
    expect(linksAnswerFiller('وأوضح أن الاجتماع استمر ساعتين.', 'number', at('الاجتماع'))).toBe(false);
  });

  it('takes a figure of a unit of time for a length of time, not a count of what stands by it, in both languages', () => {
    expect(linksAnswerFiller('A 25-minute fireworks display lit up the sky.', 'number', at('fireworks'))).toBe(false);
    expect(linksAnswerFiller('أضاءت عروض الألعاب النارية السماء لمدة 25 دقيقة.', 'number', at('النارية'))).toBe(false);
    expect(linksAnswerFiller('Some 3,000 fireworks were fired over 25 minutes.', 'number', at('fireworks'))).toBe(true);
    expect(linksAnswerFiller('أطلقت 3000 من الألعاب النارية خلال 25 دقيقة.', 'number', at('النارية'))).toBe(true);
    const tokens = analyseText('The strike lasted four hours.');
    expect(figureDistance(tokens, at('hours')(tokens))).toBe(1);
    expect(figureDistance(tokens, at('strike')(tokens))).toBe(Number.POSITIVE_INFINITY);
  });
});

// Our own sentences: a museum whose opening hours are given with points, a renewal that takes working
// days, an outage whose start is given but not how long it lasted, an agreement and who signed it for Kuwait.
const WIRE = `Date : 07/04/2026
Kuwait museum extends opening hours
KUWAIT, April 7 (KUNA) -- The National Museum will extend its opening hours during the spring holiday, the National Council said on Tuesday.
The museum director said the galleries would stay open from 9:30 a.m. until 10 p.m.
A 20-minute light show will open the spring holiday programme on Thursday evening. (end)
ab.cd

التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- أعلنت الإدارة العامة للمرور اليوم الثلاثاء أن تجديد رخص القيادة عبر التطبيق يستغرق ثلاثة أيام عمل، على أن تصل الرخصة إلى المنزل مقابل رسوم قدرها دينار واحد.(النهاية)
ع م / س ر

Date : 07/04/2026
Power cut hits Salwa
KUWAIT, April 7 (KUNA) -- Power was cut in parts of Salwa on Tuesday afternoon after a fault at a substation, the electricity ministry said, adding that crews were at work. (end)
ab.cd

Date : 06/04/2026
Kuwait, Chile sign air transport agreement
KUWAIT, April 6 (KUNA) -- Kuwait and Chile signed on Monday an air transport agreement allowing direct flights between the two countries.
Civil aviation chief Hamad Al-Sulaiti, who signed for Kuwait, said the first flights could start next year. (end)
ab.cd
`;

describe('answer types on a real store', () => {
  const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

  it('answers what time the museum opens from "9:30 a.m. until 10 p.m."', async () => {
    const result = await ask('What time does the National Museum open?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('9:30 a.m.'))).toBe(true);
  });

  it('answers how many days a renewal takes from "ثلاثة أيام عمل"', async () => {
    const result = await ask('كم يوم يستغرق تجديد رخصة القيادة عبر التطبيق؟');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('ثلاثة أيام عمل'))).toBe(true);
  });

  it('answers how long the light show will last ("last" the verb, not "the latest") from "A 20-minute light show"', async () => {
    const result = await ask('How long will the museum light show last?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('20-minute'))).toBe(true);
  });

  it('declines how long the Salwa cut lasted when only its start is told', async () => {
    const result = await ask('How long was the power cut in Salwa?');
    expect(result.found).toBe(false);
    expect(result.frame).toMatchObject({ kind: 'partial', missing: ['duration'] });
  });

  it('takes "on behalf of" for a preposition, not a topic no dispatch names: the wire writes "signed for Kuwait"', async () => {
    expect(expandQuery('Who signed on behalf of Kuwait?').groups.flat().map((p) => p.join(' '))).not.toContain('behalf');
    const result = await ask('Who signed the Chile air transport agreement on behalf of Kuwait?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Hamad Al-Sulaiti'))).toBe(true);
  });
});

describe('the score asked: a result, whatever else the question says', () => {
  it.each([
    ['what was the score when the Omani side beat the hosts?', 'result'],
    ['What is the score of the league decider?', 'result'],
    ['when does the league decider start?', 'date'],
  ])('reads "%s" as asking for a %s (a "when" clause after "the score" asks nothing)', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it('takes "score" for the answer kind, not for a topic (a goal) the passage must name', () => {
    const question = 'what was the score when the Omani side beat the hosts?';
    const topics = weighConcepts(expandQuery(question), question, undefined, 10, 'result').list.filter((c) => c.critical).flatMap((c) => c.group.map((p) => p.join(' ')));
    expect(topics).not.toContain('score');
    expect(holdsAnswerType('The Omani side beat the hosts 6-2, 6-3 in the semi-final.', 'result')).toBe(true);
  });
});

describe('an Arabic count of eleven or more and its unit of time in the accusative', () => {
  it('reads 12 عاما, 30 يوما and 18 شهرا as lengths of time, and خلال 45 يوما as a time from now', () => {
    expect(holdsAnswerType('وقال المدير إن عمر البطارية الجديدة يصل إلى 12 عاما.', 'duration')).toBe(true);
    expect(holdsAnswerType('وتستمر الأعمال 30 يوما.', 'duration')).toBe(true);
    expect(holdsAnswerType('ويستغرق المشروع 18 شهرا.', 'duration')).toBe(true);
    expect(holdsAnswerType('وستصدر النتائج خلال 45 يوما.', 'date')).toBe(true);
    expect(holdsAnswerType('وشارك 30 لاعبا في البطولة.', 'duration')).toBe(false);
  });
});

describe('an Arabic noun of place ending in ة, in the dual or the plural', () => {
  it('reads محافظتي, منطقتين and المحافظات as nouns of place, not a word that merely begins like one', () => {
    expect(holdsAnswerType('وتقع العيادتان في محافظتي حولي والفروانية.', 'place')).toBe(true);
    expect(holdsAnswerType('وتشمل الحملة منطقتين.', 'place')).toBe(true);
    expect(holdsAnswerType('وتشمل الحملة جميع المحافظات.', 'place')).toBe(true);
    expect(holdsAnswerType('وقال المحافظ إن العمل مستمر.', 'place')).toBe(false);
  });
});

describe('من وين: from where', () => {
  it('asks a place with من وين, a person with من هو', () => {
    expect(answerTypeOf('من وين بيبدون الشغل على الطريق؟')).toBe('place');
    expect(answerTypeOf('من هو مدير المهرجان؟')).toBe('person');
  });

  it('reads من أي as "from which", no "who": the noun after it asks', () => {
    expect(answerTypeOf('من أي مسافة صوروا الذئب؟')).not.toBe('person');
    expect(answerTypeOf('من أي منطقة وصلت القافلة؟')).toBe('place');
    expect(answerTypeOf('من أي جهة جاء التمويل؟')).toBe('person');
    expect(answerTypeOf('من أي ساعة يبدأ الدوام؟')).toBe('date');
  });
});

describe('an officer asked, a rank told', () => {
  it('names the officer asked by the rank the wire gives (Colonel, Brigadier, العقيد)', () => {
    const officer = expandQuery('which officer spoke about the raid?').groups.find((group) => group.some((phrase) => phrase.join(' ') === analyseText('officer').join(' ')));
    const forms = (officer ?? []).map((phrase) => phrase.join(' '));
    for (const rank of ['colonel', 'brigadier', 'العقيد']) expect(forms, rank).toContain(analyseText(rank).join(' '));
  });
});

describe('the Gulf words that ask what, how many and who', () => {
  it.each([
    ['شنو سبب انقطاع الكهرباء في الجهراء؟', 'reason'],
    ['وش سبب تأجيل المباراة؟', 'reason'],
    ['وش عدد وجبات السحور اللي يوزعها بيت الزكاة؟', 'number'],
    ['شكم أعمار العرسان؟', 'number'],
    ['قديش سعر التذكرة؟', 'number'],
    ['شقد الغرامة؟', 'number'],
    ['شنو نتيجة المباراة؟', 'result'],
    ['شنو مدة الإغلاق؟', 'duration'],
    ['منهو الفائز بالجائزة؟', 'person'],
  ])('reads %s as asking for a %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it('does not read "because of what happened" as asking why', () => {
    expect(answerTypeOf('هل تأجلت المباراة بسبب ما حدث أمس؟')).toBeNull();
  });
});

describe('a lead-in naming the story asks nothing', () => {
  it('reads `من` of `من أخبار …،` as "from", and the asking word after the lead-in', () => {
    expect(answerTypeOf('من أخبار 30 نوفمبر، ليش وقفت التوربينات ست ساعات')).toBe('reason');
    expect(answerTypeOf('من أخبار أمس، وين أول ملعب مرخص في الكويت؟')).toBe('place');
    expect(answerTypeOf('من أخبار يوم 2 ديسمبر، فيه فرق حريم بالبطولة؟')).toBeNull();
    expect(answerTypeOf('بالنسبة للخبر اللي انشر اليوم، ليش بيمددون الحملة يومين')).toBe('reason');
    expect(answerTypeOf('عن خبر يوم الاثنين، ليش اختارت الوزارة اللعبة')).toBe('reason');
  });

  it('still reads `من` opening a question as "who"', () => {
    expect(answerTypeOf('من أعلن الخبر؟')).toBe('person');
    expect(answerTypeOf('من قال إن الحملة مجانية؟')).toBe('person');
  });
});

describe('an Arabic purpose clause gives a reason', () => {
  it('reads لـ glued to an imperfect verb or its noun (ليشمل، لتشجيع) as what a thing is done for', () => {
    expect(holdsAnswerType('ومدد الفريق الحملة يومين ليشمل العلاج 48 طفلا.', 'reason')).toBe(true);
    expect(holdsAnswerType('وخفضت الوزارة الرسوم لتشجيع الأسر على التسجيل.', 'reason')).toBe(true);
    expect(holdsAnswerType('ومدد الفريق الحملة يومين في مستشفى الصباح.', 'reason')).toBe(false);
  });

  it('does not take a short word that merely begins with لي or لت (ليس، ليلة) for one', () => {
    expect(holdsAnswerType('وقال المدير إنه ليس مستعدا.', 'reason')).toBe(false);
    expect(holdsAnswerType('وتقام الحفلة ليلة الخميس.', 'reason')).toBe(false);
  });
});

describe('a count named as the thing asked', () => {
  it('reads an English request or bare noun phrase for "the number of" as asking how many', () => {
    expect(answerTypeOf('give me the number of volunteers at the beach clean-up')).toBe('number');
    expect(answerTypeOf('tell me the number of nurses trained in the new ward')).toBe('number');
    expect(answerTypeOf('the total of fines issued at the port last month?')).toBe('number');
  });

  it('reads "who" after a count named as a relative, not as asking a person', () => {
    expect(answerTypeOf('latest count of people who signed up for the blood drive?')).toBe('number');
    expect(answerTypeOf('who said the number of visitors doubled?')).toBe('person');
  });

  it('leaves a question with its own asking word to that word, and the Arabic request as it was', () => {
    expect(answerTypeOf('when will the number of buses go up?')).toBe('date');
    expect(answerTypeOf('what did the minister say about the number of buses?')).toBe(null);
    expect(answerTypeOf('tell me if the number of buses went up')).toBe(null);
    expect(answerTypeOf('عطني عدد الزوار اللي حضروا المهرجان')).toBe(null);
  });
});

describe('"when" in a yes-or-no question: a conjunction', () => {
  it.each([
    ['was anyone hurt when the crane fell?', null],
    ['did the lights go out when the storm hit the city?', null],
    ['when did the crane fall?', 'date'],
    ['is the park open? when does it close?', 'date'],
  ])('reads "%s" as asking for %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});
