import { describe, expect, it } from 'vitest';
import { chooseStory, storyEvidence } from '../../src/dispatch/choose-story.js';
import { findNumberKeys } from '../../src/dispatch/find-number-keys.js';
import type { StoryCandidate, StoryFeatures } from '../../src/dispatch/story-features.js';

const base: StoryFeatures = {
  agency: 'KUNA',
  lang: 'en',
  date: '2026-03-02',
  cityKey: 'kuwait-city',
  entityKeys: [],
  leadTerms: [],
  numberKeys: [],
  nameKeys: [],
  marker: null,
  urgent: false,
};
const candidate = (storyId: string, features: Partial<StoryFeatures>): StoryCandidate => ({ ...base, id: `d-${storyId}`, storyId, ...features });

describe('chooseStory', () => {
  it('picks the closer of two same-language stories and merges neither', () => {
    const features = { ...base, leadTerms: ['index', 'rose', 'point', 'close', 'deal', 'bank'] };
    const close = candidate('a', { leadTerms: ['index', 'rose', 'point', 'close', 'deal'] });
    const looser = candidate('b', { leadTerms: ['index', 'rose', 'point', 'close', 'share', 'fell'] });
    expect(chooseStory(features, [looser, close])).toEqual({ storyId: 'a', merge: [] });
  });

  it('merges the story begun in the other language into the flash story the dispatch follows', () => {
    const features = { ...base, leadTerms: ['kuwait', 'reach', 'handball', 'final', 'beat', 'oman'], numberKeys: ['24', '31', '11'], entityKeys: ['oman'] };
    const flash = candidate('flash', { cityKey: null, urgent: true, leadTerms: ['kuwait', 'reach', 'handball', 'final'] });
    const arabic = candidate('arabic', { lang: 'ar', leadTerms: ['تاهل', 'منتخب'], numberKeys: ['11', '24', '31'], entityKeys: ['oman'] });
    expect(chooseStory(features, [arabic, flash])).toEqual({ storyId: 'flash', merge: ['arabic'] });
  });

  it('joins an Arabic version whose figures are written fraction first to the English one', () => {
    const features = { ...base, cityKey: 'kuwait', numberKeys: findNumberKeys('Real estate trading reached KD 312.6 million in February, 168.4 million of it residential') };
    const arabic = candidate('ar', { lang: 'ar', cityKey: 'kuwait', numberKeys: findNumberKeys('بلغت قيمة التداولات العقارية 6ر312 مليون دينار في فبراير منها 4ر168 مليون للسكن الخاص') });
    expect(storyEvidence(features, arabic)).toBeGreaterThan(0);
  });

  it('joins two dispatches of a language whose leads share a third of their words on two specific entities, not on the country and the agency beside one', () => {
    const leadTerms = ['authority', 'environment', 'public', 'tuesday', 'kuwait', 'noise', 'limit', 'night', 'home'];
    const other = ['authority', 'environment', 'public', 'tuesday', 'kuwait', 'flamingo', 'count', 'jahra', 'reserve'];
    const features = { ...base, cityKey: 'kuwait', leadTerms, entityKeys: ['environment-public-authority', 'kuna', 'kuwait'] };
    const birds = candidate('birds', { cityKey: 'kuwait', leadTerms: other, entityKeys: ['environment-public-authority', 'kuna', 'kuwait'] });
    expect(storyEvidence(features, birds)).toBe(0);
    const named = ['environment-public-authority', 'jahra', 'kuna', 'kuwait'];
    expect(storyEvidence({ ...features, entityKeys: named }, { ...birds, entityKeys: named })).toBeGreaterThan(0);
  });

  it('needs the same day, except for a flash, and the same city, except for a flash without one', () => {
    const features = { ...base, leadTerms: ['a', 'b', 'c'], numberKeys: ['48.3', '8112.4'] };
    expect(storyEvidence(features, candidate('x', { leadTerms: ['a', 'b', 'c'] }))).toBeGreaterThan(0);
    expect(storyEvidence(features, candidate('x', { leadTerms: ['a', 'b', 'c'], date: '2026-03-01' }))).toBe(0);
    expect(storyEvidence(features, candidate('x', { leadTerms: ['a', 'b', 'c'], cityKey: 'cairo' }))).toBe(0);
    expect(storyEvidence(features, candidate('x', { leadTerms: ['a', 'b', 'c'], date: '2026-03-01', cityKey: null, urgent: true }))).toBeGreaterThan(0);
    expect(storyEvidence(features, candidate('x', { lang: 'ar', numberKeys: ['48.3', '8112.4'] }))).toBeGreaterThan(0);
    expect(storyEvidence(features, candidate('x', { lang: 'ar', numberKeys: ['48.3', '8112.4'], date: '2026-03-03' }))).toBe(0);
  });

  it('does not take one shared small figure, or one entity, for one story across languages', () => {
    const features = { ...base, numberKeys: ['27'], entityKeys: ['iran', 'kuwait'] };
    expect(storyEvidence(features, candidate('x', { lang: 'ar', numberKeys: ['27'], entityKeys: ['iran'] }))).toBe(0);
    const larger = { ...features, numberKeys: ['270'] };
    expect(storyEvidence(larger, candidate('x', { lang: 'ar', numberKeys: ['270'], entityKeys: ['iran'] }))).toBeGreaterThan(0);
  });

  it('joins a flash of the same day half of whose words the dispatch repeats when both name the same specific entity', () => {
    const flash = candidate('dust', { cityKey: null, urgent: true, entityKeys: ['met-department'], leadTerms: ['met', 'warn', 'thick', 'dust', 'visibility', 'road', 'highway', 'zero'] });
    const full = { ...base, entityKeys: ['met-department'], leadTerms: ['met', 'thick', 'dust', 'cut', 'visibility', 'below', 'metre', 'kuwait', 'morning', 'driver', 'slow', 'lane'] };
    expect(chooseStory(full, [flash])).toEqual({ storyId: 'dust', merge: [] });
    // without the entity, or a day away, half the flash's words are not enough
    expect(chooseStory({ ...full, entityKeys: [] }, [{ ...flash, entityKeys: [] }])).toBeNull();
    expect(chooseStory({ ...full, date: '2026-03-03' }, [flash])).toBeNull();
  });

  it('joins a flash a day away by its words only with a figure or a specific entity shared too', () => {
    const flash = candidate('eid', { date: '2026-03-01', cityKey: null, urgent: true, leadTerms: ['first', 'day', 'eid', 'crowd', 'park'] });
    const nextDay = { ...base, leadTerms: ['first', 'day', 'eid', 'crowd', 'park', 'family', 'khiran', 'visitor', 'ride', 'open', 'late', 'ticket', 'queue', 'gate', 'night'] };
    expect(chooseStory(nextDay, [flash])).toBeNull();
    expect(chooseStory({ ...nextDay, numberKeys: ['14000'] }, [{ ...flash, numberKeys: ['14000'] }])).toEqual({ storyId: 'eid', merge: [] });
    expect(chooseStory({ ...nextDay, date: '2026-03-01' }, [flash])).toEqual({ storyId: 'eid', merge: [] });
  });

  it('does not take the wire\'s own entities (the country, the agency) for one story across languages', () => {
    const features = { ...base, cityKey: 'kuwait', entityKeys: ['kuna', 'kuwait'] };
    expect(storyEvidence(features, candidate('x', { lang: 'ar', cityKey: 'kuwait', entityKeys: ['kuna', 'kuwait'] }))).toBe(0);
    const specific = { ...features, entityKeys: ['kuna', 'kuwait', 'shuwaikh'] };
    expect(storyEvidence(specific, candidate('x', { lang: 'ar', cityKey: 'kuwait', entityKeys: ['kuna', 'kuwait', 'shuwaikh'] }))).toBeGreaterThan(0);
  });

  it('takes the agency that filed the two dispatches for no evidence, whichever agency it is, and another agency they name for a body like any', () => {
    // Two stories of a day from Abu Dhabi naming the same body, one lead word in three shared: the body and the agency would be two entities.
    const convoy = { ...base, agency: 'WAM', cityKey: 'abu-dhabi', entityKeys: ['red-crescent', 'wam'], leadTerms: ['red', 'crescent', 'convoy', 'food', 'famili', 'flood', 'north'] };
    const blood = { agency: 'WAM', cityKey: 'abu-dhabi', entityKeys: ['red-crescent', 'wam'], leadTerms: ['red', 'crescent', 'blood', 'donat', 'drive', 'centr', 'shop'] };
    expect(storyEvidence(convoy, candidate('blood', blood))).toBe(0);
    // Filed by KUNA and quoting WAM, the two name another agency: a body they share, as it was before a second agency was filed.
    expect(storyEvidence({ ...convoy, agency: 'KUNA' }, candidate('blood', { ...blood, agency: 'KUNA' }))).toBeGreaterThan(0);
  });

  it.each([
    ['WAM', 'wam', 'uae', 'abu-dhabi'],
    ['SPA', 'spa', 'saudi-arabia', 'riyadh'],
    ['QNA', 'qna', 'qatar', 'doha'],
  ])('takes the home country of %s for no evidence between its own dispatches, as Kuwait for KUNA\'s', (agency, id, country, capital) => {
    // Its full name names its country too (`وكالة أنباء الإمارات`): two stories sharing a body and the wire's own names.
    const convoy = { ...base, agency, cityKey: capital, entityKeys: ['red-crescent', country, id], leadTerms: ['red', 'crescent', 'convoy', 'food', 'famili', 'flood', 'north'] };
    const blood = { agency, cityKey: capital, entityKeys: ['red-crescent', country, id], leadTerms: ['red', 'crescent', 'blood', 'donat', 'drive', 'centr', 'shop'] };
    expect(storyEvidence(convoy, candidate('blood', blood))).toBe(0);
    // KUNA copy from there: that country is a place like any, shared with the body.
    expect(storyEvidence({ ...convoy, agency: 'KUNA' }, candidate('blood', { ...blood, agency: 'KUNA' }))).toBeGreaterThan(0);
    // KUNA's own country stays no evidence for KUNA copy.
    expect(storyEvidence({ ...convoy, agency: 'KUNA', entityKeys: ['red-crescent', 'kuwait', 'kuna'] }, candidate('blood', { ...blood, agency: 'KUNA', entityKeys: ['red-crescent', 'kuwait', 'kuna'] }))).toBe(0);
  });
});

describe('a bare dispatch (no figure, no specific entity)', () => {
  // "خفت الأمطار في الكويت مساء اليوم" after "أغرقت الأمطار الغزيرة طرقا في الكويت": the country and the
  // topic are all either says about itself, so for it they are the evidence.
  const afternoon = candidate('rain', { lang: 'ar', entityKeys: ['kuwait', 'rain'], leadTerms: ['غرق', 'امطار', 'غزير', 'طرق', 'كويت'] });
  const evening: StoryFeatures = { ...base, lang: 'ar', entityKeys: ['kuwait', 'rain'], leadTerms: ['خف', 'امطار', 'كويت', 'مساء', 'فتح'] };

  it('joins the same day and city story that names the same country and topic', () => {
    expect(storyEvidence(evening, afternoon)).toBeGreaterThan(0);
    expect(storyEvidence({ ...evening, entityKeys: ['kuwait', 'kuna'] }, candidate('rain', { ...afternoon, entityKeys: ['kuwait', 'kuna'] }))).toBe(0);
  });

  it('does not when it carries a figure or a specific entity of its own: then those must match', () => {
    expect(storyEvidence({ ...evening, numberKeys: ['12'] }, afternoon)).toBe(0);
    expect(storyEvidence({ ...evening, entityKeys: ['kuwait', 'rain', 'interior-ministry'] }, afternoon)).toBe(0);
  });
});

describe('an UPDATE or CORRECTION of an earlier day', () => {
  const announced = candidate('trees', { date: '2026-02-24', leadTerms: ['municipality', 'plant', 'shade', 'tree', 'coastal', 'road', 'wednesday', 'director'] });
  const update: StoryFeatures = { ...base, marker: 'update', leadTerms: ['updat', 'municipality', 'plant', 'first', 'shade', 'tree', 'coastal', 'road', 'tuesday'] };

  it('joins its story up to two weeks back when its lead repeats enough of the earlier one', () => {
    expect(storyEvidence(update, announced)).toBeGreaterThan(0);
    expect(storyEvidence({ ...update, marker: null }, announced)).toBe(0);
    expect(storyEvidence(update, { ...announced, date: '2026-02-16' })).toBeGreaterThan(0);
    expect(storyEvidence(update, { ...announced, date: '2026-02-15' })).toBe(0);
  });

  it('needs more of the earlier lead than a same-day update does', () => {
    const loose = { ...update, leadTerms: ['updat', 'ministry', 'close', 'coastal', 'road', 'lane', 'night', 'work', 'repair', 'week'] };
    expect(storyEvidence(loose, { ...announced, date: base.date })).toBeGreaterThan(0);
    expect(storyEvidence(loose, announced)).toBe(0);
  });

  it('joins with less of the earlier lead when it names the same place and people', () => {
    const loose = { ...update, leadTerms: ['updat', 'ministry', 'close', 'coastal', 'road', 'lane', 'night', 'work', 'repair', 'week'] };
    const named = { entityKeys: ['kuwait', 'salmiya'], nameKeys: ['SLMY', 'HMD+KBR', 'KBR'] };
    const earlier = { ...announced, ...named };
    expect(storyEvidence({ ...loose, ...named }, earlier)).toBeGreaterThan(0);
    expect(storyEvidence({ ...loose, ...named, nameKeys: ['KBR'] }, earlier)).toBe(0);
    expect(storyEvidence({ ...loose, ...named, entityKeys: ['kuwait'] }, earlier)).toBe(0);
    expect(storyEvidence({ ...loose, ...named, leadTerms: ['updat', 'ministry', 'close', 'coastal', 'lane', 'night', 'work', 'repair', 'week'] }, earlier)).toBe(0);
  });

  it('does not merge the flash story of an earlier day that it also resembles', () => {
    const today = candidate('today', { lang: 'ar', urgent: true, cityKey: null, leadTerms: ['updat', 'municipality', 'plant', 'shade', 'tree', 'coastal'] });
    const earlier = candidate('earlier', { date: '2026-02-28', leadTerms: ['municipality', 'plant', 'shade', 'tree', 'coastal', 'road'] });
    expect(chooseStory({ ...update, lang: 'ar' }, [today, { ...earlier, lang: 'en' }])?.merge ?? []).toEqual([]);
  });
});
