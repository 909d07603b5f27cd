import { describe, expect, it } from 'vitest';
import { relevantStoriesFirst } from '../../src/answer/relevant-stories-first.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'en' | 'ar', text: string, score = 1): PassageHit => ({
  dispatchId, paragraph: 0, text, score, date: '2026-02-08', lang, agency: 'KUNA', headline: text, dateline: null, urgent: false, storyId,
});

describe('the passages after the relevant ones', () => {
  it('puts the other passages of a story judged relevant before those of other stories, each in the order given (English and Arabic)', () => {
    const relevant = [hit('en-1', 'beach', 'en', 'Messila beach reopened')];
    const nearby = [
      hit('en-2', 'market', 'en', 'a beach market opened'),
      hit('ar-1', 'beach', 'ar', 'أعادت البلدية فتح شاطئ المسيلة'),
      hit('ar-2', 'market', 'ar', 'سوق على الشاطئ'),
      hit('en-3', 'beach', 'en', 'The walkway will be open from 6 a.m.'),
    ];
    expect(relevantStoriesFirst(nearby, relevant).map((h) => h.dispatchId)).toEqual(['ar-1', 'en-3', 'en-2', 'ar-2']);
    const arabicRelevant = [hit('ar-1', 'beach', 'ar', 'أعادت البلدية فتح شاطئ المسيلة')];
    const arabicNearby = [hit('ar-2', 'market', 'ar', 'سوق على الشاطئ'), hit('en-1', 'beach', 'en', 'Messila beach reopened')];
    expect(relevantStoriesFirst(arabicNearby, arabicRelevant).map((h) => h.dispatchId)).toEqual(['en-1', 'ar-2']);
  });

  it('leaves the order alone when no story is relevant', () => {
    const nearby = [hit('en-2', 'market', 'en', 'a'), hit('ar-1', 'beach', 'ar', 'ب')];
    expect(relevantStoriesFirst(nearby, [])).toEqual(nearby);
  });

  it('puts first, together, the passages of a story the search scored well above every relevant story (English and Arabic)', () => {
    // The Asian championship judged to answer "who won the 74 kg at the Kuwait championship", the national one turned away.
    const relevant = [hit('en-asian', 'asian', 'en', 'won the 82 kg gold at the Asian Sambo Championship', 8)];
    const nearby = [
      hit('ar-asian', 'asian', 'ar', 'الميدالية الذهبية لوزن 82 كيلوغراما', 7),
      hit('en-national', 'national', 'en', 'won the 74 kg title at the Kuwait Open Sambo Championship', 26),
      hit('en-other', 'darts', 'en', 'won the silver medal', 2),
      hit('ar-national', 'national', 'ar', 'بلقب وزن 74 كيلوغراما', 9),
    ];
    expect(relevantStoriesFirst(nearby, relevant).map((h) => h.dispatchId)).toEqual(['en-national', 'ar-national', 'ar-asian', 'en-other']);
  });

  it('keeps the relevant story\'s passages first when another story scores only a little more (a near tie)', () => {
    const relevant = [hit('ar-jahra', 'jahra', 'ar', 'عاد التيار الكهربائي إلى مناطق الجهراء', 2.4)];
    const nearby = [hit('en-fahaheel', 'fahaheel', 'en', 'Parts of Fahaheel will be without power', 5.2), hit('en-jahra', 'jahra', 'en', 'Several areas of Jahra lost power', 5)];
    expect(relevantStoriesFirst(nearby, relevant).map((h) => h.dispatchId)).toEqual(['en-jahra', 'en-fahaheel']);
  });
});
