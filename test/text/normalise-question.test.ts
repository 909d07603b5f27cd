import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/text/expand-query.js';
import { normaliseQuestion } from '../../src/text/normalise-question.js';
import { analyseText } from '../../src/text/analyse-text.js';

const concepts = (question: string) => expandQuery(normaliseQuestion(question)).groups.flat(2);

describe('Gulf-dialect questions', () => {
  it.each([
    ['شو صار بالبورصة؟', ['بورص']],
    ['ايش أخبار مهرجان هلا فبراير', ['هلا', 'فبراير']],
    ['وين صار الحادث؟', ['حادث']],
    ['مين فاز بالمباراة؟', ['فاز', 'مبارا']],
    ['كم سعر برميل النفط الحين؟', ['سعر', 'برميل']],
    ['شلون سكرت البورصة؟', ['اغلقت', 'بورص']],
    ['ليش تأجلت امتحانات الثانوي؟', ['امتحان', 'ثانو']],
  ])('%s keeps only what it is about', (question, wanted) => {
    const tokens = concepts(question);
    expect(tokens).toEqual(expect.arrayContaining(wanted));
    for (const word of ['شو', 'صار', 'ايش', 'وين', 'مين', 'كم', 'الحين', 'شلون', 'ليش']) expect(tokens).not.toContain(analyseText(word)[0]);
  });

  it('reads the هال… and ب… prefixes as the wire would write the word', () => {
    expect(normaliseQuestion('شو برنامج هالمهرجان؟')).toBe('شو برنامج المهرجان؟');
    expect(normaliseQuestion('كم رحلة بتسير الخطوط؟')).toBe('كم رحلة تسير الخطوط؟');
    expect(normaliseQuestion('ماذا قال بين السطور')).toBe('ماذا قال بين السطور');
  });

  it('reads the Gulf words for a child as the wire writes them', () => {
    expect(normaliseQuestion('كم ياهل سجل في الروضة؟')).toBe('كم طفل سجل في الروضة؟');
    expect(normaliseQuestion('وين يلعبون اليهال؟')).toBe('وين يلعبون الأطفال؟');
  });

  it('reads a dialect noun with its article after the clitics glued to it (بالعيال، للعيال، والحريم)', () => {
    expect(normaliseQuestion('كم عدد العيال بالمخيم؟')).toBe('كم عدد الأطفال بالمخيم؟');
    expect(normaliseQuestion('وين الملعب اللي بيفتحونه للعيال')).toBe('وين الملعب اللي يفتحونه للأطفال');
    expect(normaliseQuestion('الدورة خاصة بالعيال والحريم؟')).toBe('الدورة خاصة بالأطفال والنساء؟');
    expect(normaliseQuestion('كم وحدة من الحريم فازت؟')).toBe('كم وحدة من النساء فازت؟');
  });

  it('leaves out the requests (عطني، أبي أعرف) and صج opening a yes-or-no question: they ask, they name no topic', () => {
    for (const [question, word] of [['عطني عدد السفن بالميناء', 'عطني'], ['أبي أعرف عدد السفن', 'أعرف'], ['صج بيفتحون سوق جديد؟', 'صج']] as const) {
      expect(concepts(question)).not.toContain(analyseText(word)[0]);
    }
    expect(concepts('صج بيفتحون سوق جديد؟')).toContain(analyseText('سوق')[0]);
  });

  it('leaves a word that only begins like a clitic and the article, and a verb of DIALECT after the article', () => {
    expect(normaliseQuestion('كم سعر السكر؟')).toBe('كم سعر السكر؟');
    expect(normaliseQuestion('وين البلدية؟')).toBe('وين البلدية؟');
  });
});

describe('the Gulf question word glued to its verb', () => {
  it.each([
    ['التربية أمس شقررت عن الباصات؟', 'التربية أمس شو قررت عن الباصات؟'],
    ['الطيران المدني شقال اليوم عن الشناط؟', 'الطيران المدني شو قال اليوم عن الشناط؟'],
    ['لمست الزيت، شسوي؟', 'لمست الزيت، شو فعل؟'],
    ['الشناط شيسوون فيها؟', 'الشناط شو يفعلون فيها؟'],
    ['شبيسوون بالأكياس؟', 'شو يفعلون بالأكياس؟'],
  ])('reads %s with شو apart and the verb as the wire writes it', (question, read) => {
    expect(normaliseQuestion(question)).toBe(read);
  });

  it('leaves only the topic to search: neither the glued word nor the verb', () => {
    expect(concepts('الداخلية شقالت أمس عن السكوترات؟')).not.toContain(analyseText('شقالت')[0]);
    expect(concepts('شسوا فريق الغوص بصور القرشين؟')).toEqual(expect.arrayContaining([analyseText('فريق')[0], analyseText('الغوص')[0]]));
    for (const word of ['شسوا', 'سوا']) expect(concepts('شسوا فريق الغوص بصور القرشين؟')).not.toContain(analyseText(word)[0]);
  });

  it('keeps verbs of their own that begin with ش', () => {
    expect(normaliseQuestion('كم منتخب شارك في البطولة؟')).toBe('كم منتخب شارك في البطولة؟');
    expect(normaliseQuestion('كم واحد شافوا الطيور؟')).toBe('كم واحد شافوا الطيور؟');
  });
});

describe('the rest of the Gulf dialect\u2019s function words', () => {
  it('reads the passive of سوّى (تسوت، انسوى) as فعل: what was done is asked, the wire writes the deed', () => {
    expect(normaliseQuestion('كم مريض تسوت له العملية؟')).toBe('كم مريض فعلت له العملية؟');
    expect(normaliseQuestion('وين انسوى الحفل؟')).toBe('وين فعل الحفل؟');
    expect(normaliseQuestion('شنو اللي بيتسوى بالمعرض؟')).toBe('شنو اللي يفعل بالمعرض؟');
  });

  it('reads every form of سوّى as the question word فعل, after the future ب too', () => {
    for (const form of ['سوى', 'سوا', 'سوت', 'سووا', 'سويت', 'يسوي', 'تسوي', 'يسوون', 'بيسوون', 'بتسوي']) {
      const tokens = concepts(`شنو ${form} الوزارة؟`);
      expect(tokens).toContain(analyseText('الوزارة')[0]);
      for (const token of analyseText(form.replace(/^ب/u, ''))) expect(tokens).not.toContain(token);
    }
  });

  it('reads a future ب verb as the dialect word without it', () => {
    expect(normaliseQuestion('متى بتسكر المحلات؟')).toBe('متى تغلق المحلات؟');
  });

  it('keeps the first ب of a word the store holds whole: a noun, not the dialect future', () => {
    const held = new Set(['بيان', 'بيضاء', 'بيشكك', 'مرك']);
    const holds = (token: string) => held.has(token);
    expect(normaliseQuestion('متى يبدأ تشغيل أول مركز بيانات؟', holds)).toBe('متى يبدأ تشغيل أول مركز بيانات؟');
    expect(normaliseQuestion('كم عملية مياه بيضاء؟', holds)).toBe('كم عملية مياه بيضاء؟');
    expect(normaliseQuestion('منو رئيس الوفد في بيشكك؟', holds)).toBe('منو رئيس الوفد في بيشكك؟');
    expect(normaliseQuestion('وين بيبنون مراكز البيانات؟', holds)).toBe('وين يبنون مراكز البيانات؟');
  });

  it.each(['امتى', 'اشلون', 'ويش', 'منهو', 'شكم', 'قديش', 'عشان', 'لازم', 'محد', 'ماكو'])('drops %s: it asks, it names nothing', (word) => {
    expect(concepts(`${word} معرض الكتاب`)).toEqual(expect.arrayContaining([analyseText('معرض')[0]]));
    expect(concepts(`${word} معرض الكتاب`)).not.toContain(analyseText(word)[0]);
  });

  it('reads ببلاش ("for free") as the wire writes it', () => {
    expect(concepts('الدخول للحديقة ببلاش؟')).toContain(analyseText('مجانية')[0]);
  });
});

describe('asking what a body or person does', () => {
  it('drops "in charge of", "responsible for" and مسؤولة عن: the wire writes what it will do, not that it is in charge', () => {
    expect(concepts('What will the new food security body be in charge of?')).not.toContain('charg');
    expect(concepts('Which department is responsible for the new visa rules?')).not.toContain('respons');
    expect(concepts('ماذا ستكون الهيئة الجديدة مسؤولة عنه؟')).not.toContain(analyseText('مسؤولة')[0]);
    expect(concepts('ماذا قال المسؤول في الهيئة؟')).toContain(analyseText('المسؤول')[0]);
  });
});

describe('a figure glued to its unit', () => {
  it('writes "74kg", "200m", "5km" apart, as the wire does, and leaves ordinals, decades and a 5G network alone', () => {
    expect(normaliseQuestion('who won the 74kg at the kuwait sambo championship?')).toBe('who won the 74 kg at the kuwait sambo championship?');
    expect(analyseText(normaliseQuestion('who won the 200m and the 5KM?'))).toEqual(analyseText('who won the 200 m and the 5 KM?'));
    expect(analyseText(normaliseQuestion('who won the 74kg title?'))).toEqual(analyseText('won the 74 kg title'));
    expect(normaliseQuestion('the 21st edition in the 80s')).toBe('the 21st edition in the 80s');
    expect(normaliseQuestion('is 5g coming to the 21st edition?')).toBe('is 5g coming to the 21st edition?');
  });
});

describe('the asker asking for an idea', () => {
  it('drops "any idea": the question asks, and no passage writes it', () => {
    expect(normaliseQuestion('any idea how many boats moor at the pier')).not.toMatch(/idea/u);
    expect(concepts('any idea of the tonnage the port handles each year')).not.toContain('idea');
    expect(concepts('what is the idea behind the new pier')).toContain('idea');
  });
});
