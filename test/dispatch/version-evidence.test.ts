import { describe, expect, it } from 'vitest';
import type { StoryCandidate, StoryFeatures } from '../../src/dispatch/story-features.js';
import { keysOfSeveralStories, LEAD_CONCEPT, versionEvidence } from '../../src/dispatch/version-evidence.js';
import { analyseText } from '../../src/text/analyse-text.js';

const base: StoryFeatures = { agency: 'KUNA', lang: 'en', date: '2026-03-02', cityKey: 'kuwait', entityKeys: [], leadTerms: [], numberKeys: [], nameKeys: [], marker: null, urgent: false };
const candidate = (id: string, storyId: string, features: Partial<StoryFeatures>): StoryCandidate => ({ ...base, lang: 'ar', id, storyId, ...features });
const noGeneric = () => false;

describe('keysOfSeveralStories', () => {
  it('lists the new dispatch keys that two stories hold, not those of one story told twice', () => {
    const features = { ...base, nameKeys: ['RMDN', 'SHWK'], numberKeys: ['450'], entityKeys: ['kuwait-fire-force'] };
    const candidates = [
      candidate('a1', 'a', { nameKeys: ['RMDN', 'SHWK'], numberKeys: ['450'] }),
      candidate('a2', 'a', { lang: 'en', nameKeys: ['SHWK'], numberKeys: ['450'] }),
      candidate('b1', 'b', { nameKeys: ['RMDN'], entityKeys: ['kuwait-fire-force'] }),
    ];
    expect([...keysOfSeveralStories(features, candidates)]).toEqual(['k:RMDN']);
  });
});

describe('versionEvidence', () => {
  it('counts figures by weight, entities and names shared, less the common keys and generic entities', () => {
    const features = { ...base, numberKeys: ['450', '12'], entityKeys: ['kuwait', 'kuwait-fire-force'], nameKeys: ['GRB', 'RMDN'] };
    const other = candidate('x', 'x', { numberKeys: ['450', '12'], entityKeys: ['kuwait', 'kuwait-fire-force'], nameKeys: ['GRB', 'RMDN'] });
    expect(versionEvidence(features, other, new Set(), noGeneric)).toEqual({ numbers: 1.5, entities: 2, names: 2, leads: 0, total: 5.5 });
    const discounted = versionEvidence(features, other, new Set(['k:RMDN', 'n:12']), (id) => id === 'kuwait');
    expect(discounted).toEqual({ numbers: 1, entities: 1, names: 1, leads: 0, total: 3 });
  });
});

describe('versionEvidence across languages: the leads', () => {
  const english = { ...base, leadTerms: analyseText('The health ministry opened a new clinic in the south') };
  const arabic = candidate('a', 'a', { leadTerms: analyseText('افتتحت وزارة الصحة عيادة جديدة في الجنوب') });
  const other = candidate('b', 'b', { leadTerms: analyseText('انطلق دوري الشطرنج للمدارس بمشاركة الفرق') });

  it('weighs each word of the lead that names a lexicon concept the other version lead names too', () => {
    const version = versionEvidence(english, arabic, new Set(), noGeneric);
    expect(version.leads).toBeGreaterThanOrEqual(2 * LEAD_CONCEPT);
    expect(version.total).toBe(version.leads);
    expect(versionEvidence(english, other, new Set(), noGeneric).leads).toBe(0);
  });

  it('does not count a concept the day other stories leads also name, nor leads of one language', () => {
    const all = versionEvidence(english, arabic, new Set(), noGeneric).leads;
    const common = keysOfSeveralStories(english, [arabic, { ...arabic, id: 'c', storyId: 'c' }]);
    expect(versionEvidence(english, arabic, common, noGeneric).leads).toBe(0);
    expect(all).toBeGreaterThan(0);
    expect(versionEvidence(english, { ...arabic, lang: 'en' }, new Set(), noGeneric).leads).toBe(0);
  });
});
