import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { gradeLinkedFact, type HeldConcept } from '../../src/answer/grade-linked-fact.js';
import { asksSpeaker, holdsFiller, namesDoer } from '../../src/answer/names-doer.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a bridge opened, a trophy handed over, a mural painted, a relay won.
describe('namesDoer: a doer beyond the one who reports the act', () => {
  it('finds no doer in an English passive or a sentence whose only name is its speaker', () => {
    expect(namesDoer('A new footbridge was opened over the creek on Sunday before a small crowd.')).toBe(false);
    expect(namesDoer('The bridge will carry 3,000 people a day, the ministry of public works said.')).toBe(false);
    expect(namesDoer('The bridge will carry 3,000 people a day, KUNA reported.')).toBe(false);
    expect(namesDoer("Kuwait's weather office warned of thick fog on coastal roads.")).toBe(false);
    expect(namesDoer('The mural was unveiled at Marina Square on Friday.')).toBe(false);
  });

  it('finds the doer in English: a name, a country or the subject a lead opens with', () => {
    expect(namesDoer('The mural was painted by Sara Al-Hamad, the ministry said.')).toBe(true);
    expect(namesDoer('Qatar won the relay in a record time.')).toBe(true);
    expect(namesDoer('Police arrested two suspects near the harbour.')).toBe(true);
    expect(namesDoer('Omar Al-Saleh, who signed for the club, said the deal was fair.')).toBe(true);
  });

  it('finds no doer in an Arabic sentence whose only names are its speaker and the agency told', () => {
    expect(namesDoer('وقال مدير الإدارة ل(كونا) إن الجسر سيفتتح الأسبوع المقبل.')).toBe(false);
    expect(namesDoer('أعلنت اللجنة المنظمة اليوم أن الحفل سيقام في الهواء الطلق.')).toBe(false);
    expect(namesDoer('اللجنة المنظمة: الحفل الختامي مساء الجمعة في الكويت')).toBe(false);
    expect(namesDoer('وحذرت الإدارة العامة للمرور من الضباب الكثيف على الطرق الساحلية.')).toBe(false);
  });

  it('finds the doer in Arabic beyond the speaker, and leaves unattributed Arabic copy as it was', () => {
    expect(namesDoer('وقال مدير الإدارة ل(كونا) إن منتخب قطر فاز بالسباق.')).toBe(true);
    expect(namesDoer('افتتح المحافظ الجسر الجديد صباح اليوم.')).toBe(true);
  });
});

describe('namesDoer: a doer the wire names by its kind, not by name', () => {
  it('takes a charity, companies, donors, volunteers or next of kin beyond the speaker for the doer', () => {
    expect(namesDoer('The head teacher said that a charity would pay for the new school bus.')).toBe(true);
    expect(namesDoer('The library said that the new shelves were donated by private companies.')).toBe(true);
    expect(namesDoer('وقال مدير المدرسة ل(كونا) إن الحافلة الجديدة تبرعت بها شركات محلية.')).toBe(true);
    expect(namesDoer('وأضاف أن نقل الأعضاء يتم بموافقة ذوي المتوفى.')).toBe(true);
    expect(namesDoer('وقالت المنسقة ل(كونا) إن متطوعين يصلحون الدراجات كل مساء.')).toBe(true);
  });

  it('does not take a body that only reports the act for its doer', () => {
    expect(namesDoer('The plant will reopen in March, the company said.')).toBe(false);
    expect(namesDoer('وقالت الشركة إن المصنع سيفتح في مارس.')).toBe(false);
  });
});

describe('a "who" question graded on a sentence that names nobody for the act', () => {
  const at = (word: string) => (tokens: readonly string[]) => {
    const phrase = analyseText(word);
    return tokens.flatMap((_, i) => (phrase.every((t, o) => tokens[i + o] === t) ? phrase.map((__, o) => i + o) : []));
  };
  const held = (word: string): HeldConcept => ({ weight: 1, at: at(word), lent: false, counted: false, scene: false });

  it('grades the passive nothing, the named doer fully', () => {
    expect(gradeLinkedFact('A new footbridge was opened over the creek at Marina Square.', 'person', [held('footbridge'), held('opened')])).toBe(0);
    expect(gradeLinkedFact('Governor Khaled Al-Ali opened a new footbridge over the creek.', 'person', [held('footbridge'), held('opened')])).toBe(1);
    expect(gradeLinkedFact('وقال مدير الإدارة ل(كونا) إن الجسر سيفتتح الأسبوع المقبل.', 'person', [held('الجسر'), held('سيفتتح')])).toBe(0);
  });
});

describe('"who" after another question word is a relative', () => {
  it('reads "people who" after "what" as not asking for a person, "who" alone as asking', () => {
    expect(answerTypeOf('what happens to drivers who ignore the new speed limits?')).not.toBe('person');
    expect(answerTypeOf('who opened the new footbridge?')).toBe('person');
    expect(answerTypeOf('and who will chair the new committee?')).toBe('person');
    expect(answerTypeOf('منو افتتح الجسر الجديد؟')).toBe('person');
  });
});

describe('"who announced": the act asked is the reporting, so the speaker answers', () => {
  it('tells a question on a speech act from one on another act, in both languages', () => {
    expect(asksSpeaker('who announced the new opening hours?')).toBe(true);
    expect(asksSpeaker('منو أعلن موعد الحفل؟')).toBe(true);
    expect(asksSpeaker('who welcomed the decision?')).toBe(true);
    expect(asksSpeaker('who opened the new footbridge?')).toBe(false);
    expect(asksSpeaker('منو افتتح الجسر الجديد؟')).toBe(false);
  });

  it('takes the speaker for the doer only when the speech act is asked', () => {
    const sentence = 'أعلنت اللجنة المنظمة اليوم أن الحفل سيقام في الهواء الطلق.';
    expect(holdsFiller(sentence, 'person', true)).toBe(true);
    expect(holdsFiller(sentence, 'person', false)).toBe(false);
    expect(holdsFiller('The bridge will open on Sunday, the Public Works Ministry said.', 'person', true)).toBe(true);
    expect(holdsFiller('The bridge will open on Sunday, the Public Works Ministry said.', 'person')).toBe(false);
  });
});

// Our own sentences: a school team's win, a club topping a table, a speaker opening the sentence.
describe('who a "who" question accepts beyond a person', () => {
  it('takes a team from a school, named after "from", for the doer, not the place of the act', () => {
    expect(holdsFiller('A team from Salmiya Model School won the national robotics contest on Monday, the ministry said.', 'person')).toBe(true);
    expect(holdsFiller('The contest was held in Salmiya Model School on Monday, the ministry said.', 'person')).toBe(false);
  });

  it('takes a person the wire describes by age for the doer, in both languages, not a thing\'s age', () => {
    expect(holdsFiller('A 34-year-old nurse won the first city marathon on Friday, the organisers said.', 'person')).toBe(true);
    expect(holdsFiller('the organisers said the quickest swimmer, a 16-year-old schoolgirl, finished in 20 minutes.', 'person')).toBe(true);
    expect(holdsFiller('وقال المنظمون إن شابا عمره 19 عاما فاز بالسباق.', 'person')).toBe(true);
    expect(holdsFiller('the organisers said the race passed a 150-year-old house on the seafront.', 'person')).toBe(false);
  });

  it('takes an Arabic team or school named by its noun for the doer', () => {
    expect(holdsFiller('فاز فريق مدرسة السالمية النموذجية اليوم الاثنين بالمسابقة الوطنية للروبوت.', 'person')).toBe(true);
    expect(holdsFiller('انطلقت اليوم الاثنين المسابقة الوطنية للروبوت بمشاركة 30 فريقا.', 'person')).toBe(false);
  });

  it('takes a club named in what an Arabic speaker reports for the doer', () => {
    expect(holdsFiller('وقال رئيس اللجنة ل(كونا) إن نادي القادسية تصدر الترتيب العام.', 'person')).toBe(true);
    expect(holdsFiller('وقال رئيس اللجنة ل(كونا) إن الفريق تصدر الترتيب العام.', 'person')).toBe(false);
  });

  it('takes an English speaker opening the sentence by given and family name for who said it', () => {
    expect(holdsFiller('Hamad Al-Fulani said the campaign would move to Ahmadi next month.', 'person', true)).toBe(true);
    expect(holdsFiller('The campaign would move to Ahmadi next month, officials said.', 'person', true)).toBe(false);
  });
});

describe('holdsFiller: a doer by its kind answers "who" unless the question names the kind', () => {
  const sentence = 'The coordinator said that a charity pays for the paint.';
  it('takes the kind for the doer when the question does not name it', () => {
    expect(holdsFiller(sentence, 'person')).toBe(true);
  });
  it('does not when the question asks which one of that kind', () => {
    expect(holdsFiller(sentence, 'person', false, false)).toBe(false);
  });
});
