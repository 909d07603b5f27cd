import { describe, expect, it } from 'vitest';
import { chooseStory } from '../../src/dispatch/choose-story.js';
import type { Lang } from '../../src/dispatch/dispatch-types.js';
import type { StoryCandidate, StoryFeatures } from '../../src/dispatch/story-features.js';
import { analyseDispatch } from '../../src/ingest/prepare-dispatch.js';

/**
 * Dispatches filed in Kuwait on 2 March: language, headline, lead, second paragraph. The fire's two
 * versions share nothing in their leads but the wire's own words: the spokesman, the fire force and
 * the district are named only in the second paragraph, as they are in the day's other fire-force stories.
 */
const WIRE: Record<string, [Lang, string, ...string[]]> = {
  englishFire: ['en', 'Blaze at tyre store put out', 'A fire broke out in a tyre store on Monday morning, firefighters said.', 'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said the blaze in the Shuwaikh industrial area was put out within two hours.'],
  arabicFire: ['ar', 'إخماد حريق في مخزن إطارات', 'اندلع حريق في مخزن للإطارات صباح اليوم.', 'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن الحريق في منطقة الشويخ الصناعية أخمد خلال ساعتين.'],
  arabicRescue: ['ar', 'إنقاذ عمال علقوا في مصعد', 'أنقذ رجال الإطفاء عمالا علقوا في مصعد مبنى تجاري مساء اليوم.', 'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن فرقة من مركز الشويخ الصناعية تعاملت مع البلاغ.'],
  englishDrill: ['en', 'Firefighters hold evacuation drill at school', 'Firefighters held an evacuation drill at a secondary school on Monday.', 'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said such drills would be held at every school in the Shuwaikh industrial area.'],
  // 2 March 2026 is a Monday: the drill's two versions name one person (two name keys) and the day it is held.
  englishSirens: ['en', 'Kuwait to test warning sirens on Wednesday', 'Kuwait will sound its warning sirens in a scheduled test on Wednesday, the directorate said on Monday.', 'Director Brigadier Khaled Al-Mutawa asked people not to call the emergency line during the test.'],
  arabicSirens: ['ar', 'تشغيل تجريبي لصفارات الإنذار الأربعاء', 'أعلنت الإدارة اليوم الاثنين أنها ستجري تشغيلا تجريبيا لصفارات الإنذار صباح الأربعاء.', 'وقال مدير الإدارة العميد خالد المطوع إن الصفارات ستطلق نغماتها الثلاث.'],
  englishDividend: ['en', 'Salwa co-op pays 7 percent', 'Salwa Co-operative Society approved a 7 percent dividend on Monday and picked Nasser Al-Rashidi as chairman.', 'Al-Rashidi said the society would open a new branch.'],
  arabicDividend: ['ar', 'جمعية سلوى التعاونية توزع 7 في المئة أرباحا', 'وافقت الجمعية العمومية لجمعية سلوى التعاونية اليوم على توزيع أرباح بنسبة 7 في المئة واختارت ناصر الرشيدي رئيسا.', 'وذكر الرشيدي أن صرف الأرباح سيبدأ قريبا.'],
  // One person named (two name keys) and one two-digit count (half a figure's weight): the version's evidence is 2.5.
  englishSeminar: ['en', 'Library hosts seminar on old manuscripts', 'A seminar on restoring old manuscripts drew 35 researchers on Monday.', 'Organiser Yousef Al-Baddah said the library would publish its catalogue online.'],
  arabicSeminar: ['ar', 'ندوة عن ترميم المخطوطات القديمة', 'شارك 35 باحثا اليوم في ندوة عن ترميم المخطوطات القديمة.', 'وقال منظم الندوة يوسف البداح إن المكتبة ستنشر فهرسها على الإنترنت.'],
  englishLecture: ['en', 'Library opens summer reading club', 'The national library opened its summer reading club for children on Monday.', 'Organiser Yousef Al-Baddah said sessions would run every evening.'],
  arabicStore: ['ar', 'حريق محدود في مخزن', 'اندلع حريق محدود في مخزن اليوم.', 'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن الحريق في منطقة الشويخ الصناعية أخمد سريعا.'],
};

/** The story features ingest computes for one of WIRE's dispatches. */
function featuresOf(name: string): StoryFeatures {
  const [lang, headline, ...paragraphs] = WIRE[name] as [Lang, string, ...string[]];
  const city = lang === 'en' ? 'KUWAIT' : 'الكويت';
  return analyseDispatch({ agency: 'KUNA', lang, date: '2026-03-02', dateline: { city, day: 2, month: 3 }, headline, headlineDerived: false, paragraphs, repeats: [], urgent: false }).features;
}
const stored = (name: string, storyId: string): StoryCandidate => ({ ...featuresOf(name), id: name, storyId });

describe('chooseStory on whole dispatches', () => {
  it('joins the other language version named only past the lead (the speaker, the place) the same day', () => {
    expect(chooseStory(featuresOf('arabicFire'), [stored('englishFire', 'fire')])).toEqual({ storyId: 'fire', merge: [] });
  });

  it('keeps apart another event of the same day in the same language though both name the same speaker and place', () => {
    expect(chooseStory(featuresOf('arabicRescue'), [stored('arabicFire', 'fire')])).toBeNull();
  });

  it('keeps apart another event of the same day the same speaker reports, once the story has its version in that language', () => {
    expect(chooseStory(featuresOf('arabicRescue'), [stored('englishFire', 'fire'), stored('arabicFire', 'fire')])).toBeNull();
  });

  it('joins the other language version by one person named and the weekday of the event both announce', () => {
    expect(chooseStory(featuresOf('arabicSirens'), [stored('englishSirens', 'sirens')])).toEqual({ storyId: 'sirens', merge: [] });
  });

  it('joins the other language version by one person named and the single-digit rate both give', () => {
    expect(chooseStory(featuresOf('arabicDividend'), [stored('englishDividend', 'dividend')])).toEqual({ storyId: 'dividend', merge: [] });
  });

  it('joins the other language version by one person named and a two-digit count both give', () => {
    expect(chooseStory(featuresOf('arabicSeminar'), [stored('englishSeminar', 'seminar')])).toEqual({ storyId: 'seminar', merge: [] });
  });

  it('keeps apart another event of the same day whose other language dispatch names the same person and no figure', () => {
    expect(chooseStory(featuresOf('arabicSeminar'), [stored('englishLecture', 'club')])).toBeNull();
  });

  it('does not count what two of the day stories share as evidence for either', () => {
    // The Arabic store fire is as close to the English drill as to the English fire: neither wins on what both hold.
    expect(chooseStory(featuresOf('arabicStore'), [stored('englishFire', 'fire'), stored('englishDrill', 'drill')])).toBeNull();
  });
});
