import { describe, expect, it } from 'vitest';
import { asksWhether, asksWhetherItWill } from '../../src/answer/asks-whether.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';
import { requestAsAsking } from '../../src/text/request-as-asking.js';

const read = (question: string) => requestAsAsking(normaliseArabic(question));

describe('requestAsAsking: a request read as the asking word it stands for', () => {
  it.each([
    ['عطني عدد السفن اللي بترسي بالميناء', 'شنو عدد السفن اللي بترسي بالميناء'],
    ['قول لي اسم الفرقة اللي بتعزف', 'شنو اسم الفرقه اللي بتعزف'],
    ['أبي أعرف موعد المعرض', 'شنو موعد المعرض'],
    ['ودي أعرف تفاصيل المهرجان', 'شنو تفاصيل المهرجان'],
    ['ممكن تعطيني عدد المشاركين', 'شنو عدد المشاركين'],
    ['شفت الخبر، عطني عدد الزوار', 'شفت الخبر، شنو عدد الزوار'],
  ])('reads %s as a question of what', (question, asked) => {
    expect(read(question)).toBe(asked);
  });

  it('drops the request before an asking word of its own, and reads "tell me if" as whether', () => {
    expect(read('أبي أعرف ليش تأجل السباق')).toBe('ليش تاجل السباق');
    expect(read('ودي أعرف كم سفينة وصلت')).toBe('كم سفينه وصلت');
    expect(read('قول لي إذا بيمددون المعرض')).toBe('هل بيمددون المعرض');
  });

  it('leaves a question without a request, and a word that only begins like one', () => {
    expect(read('كم سفينة وصلت الميناء')).toBe('كم سفينه وصلت الميناء');
    expect(read('العطني للمعرض بدأ')).toBe('العطني للمعرض بدا');
    expect(read('ابي قال لي إن المعرض بدأ')).toBe('ابي قال لي ان المعرض بدا');
  });
});

describe('a request is no yes-or-no question', () => {
  it('reads a request for a count or the news of a thing to come as asking what, not whether it will be', () => {
    expect(asksWhether('عطني عدد السفن اللي بترسي بالميناء')).toBe(false);
    expect(asksWhetherItWill('قول لي عدد الفرق اللي بتشارك بالبطولة')).toBe(false);
    expect(asksWhetherItWill('عطني خبر الأطباء اللي بيتدربون بالمستشفى')).toBe(false);
  });

  it('still reads "tell me if it will" and a question with no asking word as whether', () => {
    expect(asksWhetherItWill('قول لي إذا بيمددون المعرض')).toBe(true);
    expect(asksWhetherItWill('صج بيفتحون سوق جديد؟')).toBe(true);
  });
});
