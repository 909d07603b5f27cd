import { describe, expect, it } from 'vitest';
import { chooseStory } from '../../src/dispatch/choose-story.js';
import type { Lang } from '../../src/dispatch/dispatch-types.js';
import type { StoryCandidate, StoryFeatures } from '../../src/dispatch/story-features.js';
import { analyseDispatch } from '../../src/ingest/prepare-dispatch.js';

/** The story features ingest computes for a dispatch filed in Kuwait on 2 March. */
function featuresOf(lang: Lang, headline: string, paragraphs: string[]): StoryFeatures {
  const city = lang === 'en' ? 'KUWAIT' : 'الكويت';
  return analyseDispatch({ lang, date: '2026-03-02', dateline: { city, day: 2, month: 3 }, headline, headlineDerived: false, paragraphs, repeats: [], urgent: false }).features;
}
const stored = (id: string, storyId: string, features: StoryFeatures): StoryCandidate => ({ ...features, id, storyId });

// Two versions whose leads share nothing but the wire's own words: the spokesman, the fire force
// and the district are named only in the second paragraph.
const englishFire = featuresOf('en', 'Blaze at tyre store put out', [
  'A fire broke out in a tyre store on Monday morning, firefighters said.',
  'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said the blaze in the Shuwaikh industrial area was put out within two hours.',
]);
const arabicFire = featuresOf('ar', 'إخماد حريق في مخزن إطارات', [
  'اندلع حريق في مخزن للإطارات صباح اليوم.',
  'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن الحريق في منطقة الشويخ الصناعية أخمد خلال ساعتين.',
]);

describe('chooseStory on whole dispatches', () => {
  it('joins the other language version named only past the lead (the speaker, the place) the same day', () => {
    expect(chooseStory(arabicFire, [stored('en-fire', 'fire', englishFire)])).toEqual({ storyId: 'fire', merge: [] });
  });

  const arabicRescue = featuresOf('ar', 'إنقاذ عمال علقوا في مصعد', [
    'أنقذ رجال الإطفاء عمالا علقوا في مصعد مبنى تجاري مساء اليوم.',
    'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن فرقة من مركز الشويخ الصناعية تعاملت مع البلاغ.',
  ]);

  it('keeps apart another event of the same day in the same language though both name the same speaker and place', () => {
    expect(chooseStory(arabicRescue, [stored('ar-fire', 'fire', arabicFire)])).toBeNull();
  });

  it('keeps apart another event of the same day the same speaker reports, once the story has its version in that language', () => {
    const pool = [stored('en-fire', 'fire', englishFire), stored('ar-fire', 'fire', arabicFire)];
    expect(chooseStory(arabicRescue, pool)).toBeNull();
  });

  it('does not count what two of the day stories share as evidence for either', () => {
    const englishDrill = featuresOf('en', 'Firefighters hold evacuation drill at school', [
      'Firefighters held an evacuation drill at a secondary school on Monday.',
      'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said such drills would be held at every school in the Shuwaikh industrial area.',
    ]);
    const arabicStore = featuresOf('ar', 'حريق محدود في مخزن', [
      'اندلع حريق محدود في مخزن اليوم.',
      'وقال المتحدث باسم قوة الإطفاء العام محمد الغريب إن الحريق في منطقة الشويخ الصناعية أخمد سريعا.',
    ]);
    // The Arabic store fire is as close to the English drill as to the English fire: neither wins on what both hold.
    expect(chooseStory(arabicStore, [stored('en-fire', 'fire', englishFire), stored('en-drill', 'drill', englishDrill)])).toBeNull();
  });
});
