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
