import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { namesArabicPerson, namesTitledArabicSpeaker } from '../../src/answer/names-arabic-person.js';
import { namesArabicPlace } from '../../src/answer/names-arabic-place.js';
import { namesDoer } from '../../src/answer/names-doer.js';

// Our own sentences: a library reopened, a shelter for birds, a relay, a heatwave.
describe('namesArabicPerson: a person in Arabic copy read from a title, a name or a family name', () => {
  it('finds a title or post, a name by its parts and a given name then a family name of relation', () => {
    expect(namesArabicPerson('افتتح وزير الثقافة المكتبة بعد ترميمها.')).toBe(true);
    expect(namesArabicPerson('وقالت الدكتورة سلمى إن المكتبة تضم آلاف الكتب.')).toBe(true);
    expect(namesArabicPerson('فاز عبدالرحمن بسباق التتابع.')).toBe(true);
    expect(namesArabicPerson('وفاز خالد المرزوقي بالمركز الأول.')).toBe(true);
  });

  it('finds nobody in a sentence that tells an act with no one named, or an adjective of relation after a definite noun', () => {
    expect(namesArabicPerson('أعيد افتتاح المكتبة المركزية بعد ترميمها.')).toBe(false);
    expect(namesArabicPerson('ارتفعت درجات الحرارة في المجلس الوطني للطقس الموسمي.')).toBe(false);
    expect(namesArabicPerson('تنقل الطيور المهاجرة إلى المحمية الطبيعية في فصل الربيع.')).toBe(false);
  });

  it('makes "who" on an Arabic passage depend on a name, and "where" on a place', () => {
    expect(holdsAnswerType('أعيد افتتاح المكتبة بعد ترميمها.', 'person')).toBe(false);
    expect(holdsAnswerType('افتتح المدير المكتبة بعد ترميمها.', 'person')).toBe(true);
    expect(holdsAnswerType('أعيد افتتاح المكتبة بعد ترميمها.', 'place')).toBe(false);
    expect(namesArabicPlace('أعيد افتتاح المكتبة في منطقة الشرق.')).toBe(true);
    expect(holdsAnswerType('أعيد افتتاح المكتبة في منطقة الشرق.', 'place')).toBe(true);
  });

  it('reads a noun of place in the accusative, with the tanwin\'s alif (`ستبني ملعبا`), and no adjective made of one', () => {
    expect(namesArabicPlace('وأضاف أن البلدية ستبني ملعبا جديدا قرب البحر.')).toBe(true);
    expect(holdsAnswerType('وقالت إن الجمعية ستفتح متحفا صغيرا للطوابع.', 'place')).toBe(true);
    expect(holdsAnswerType('وقالت إن الجمعية ستفتح فرعا صغيرا للطوابع.', 'place')).toBe(false);
    expect(namesArabicPlace('وأضاف أن الخطة تضم تعديلا مركزيا على الرسوم.')).toBe(false);
  });

  it('reads a journey\'s two ends as places, in either language, and no span of time', () => {
    const told: Array<[string, boolean]> = [
      ['وأوضح أن المسيرة سارت ثمانية كيلومترات من المنقف إلى المهبولة.', true],
      ['The walkers covered eight kilometres from Mangaf to Mahboula.', true],
      ['وأوضح أن المتطوعين عملوا من الصباح إلى المساء.', false],
      ['The volunteers worked from Sunday to Thursday.', false],
      ['Entry fees went from three to five dinars.', false],
    ];
    for (const [sentence, place] of told) expect(holdsAnswerType(sentence, 'place'), sentence).toBe(place);
  });

  it('names no doer in an unattributed Arabic sentence that names nobody', () => {
    expect(namesDoer('أعيد افتتاح المكتبة المركزية صباح اليوم.')).toBe(false);
    expect(namesDoer('افتتح المحافظ المكتبة المركزية صباح اليوم.')).toBe(true);
  });

  it.each([
    ['وقال مدير المكتبة لصحيفة محلية', false],
    ['وقال المدير بتصريح صحفي', false],
    ['وقال وزير الثقافة ووزير الإعلام', false],
    ['وقال مدير المكتبة بدر الفلاني ل(كونا)', true],
    ['وقالت مديرة المكتبة لطيفة الفلانية', true],
    ['وقال مدير المكتبة وليد الفلاني', true],
  ])('reads a given name after the post in "%s" (%s), none in a word with a preposition or a conjunction glued on', (stretch, names) => {
    expect(namesTitledArabicSpeaker(stretch)).toBe(names);
  });
});

describe('a post of two words', () => {
  it('reads the holder after a post of two words (أمين سر), as after one of one word', () => {
    expect(namesTitledArabicSpeaker('وقال أمين سر الاتحاد بدر الفلاني ل(كونا)')).toBe(true);
    expect(namesTitledArabicSpeaker('وقال أمين سر الاتحاد ل(كونا)')).toBe(false);
  });
});
