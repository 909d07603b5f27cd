import { describe, expect, it } from 'vitest';
import { isRelevant, needsBridge } from '../../src/answer/judge-relevance.js';
import { type Concept, type Concepts, weighConcepts } from '../../src/answer/weigh-concepts.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { expandQuery } from '../../src/text/expand-query.js';
import type { InducedLexicon } from '../../src/text/induce-lexicon.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// Our own sentences: an Arabic report of a beach closed to swimmers, with no word on jellyfish.
const hit = (text: string): PassageHit => ({
  dispatchId: 'd1', paragraph: 0, text, score: 1, date: '2026-02-09', lang: 'ar', agency: 'KUNA', headline: text, dateline: null, urgent: false, storyId: 's1',
});
const closed = hit('أغلقت البلدية الشاطئ أمام السباحين اليوم الاثنين.');
const sighted = hit('أغلقت البلدية الشاطئ بعد رصد قنديل البحر قرب الساحل اليوم الاثنين.');

// "jellyfish at the beach": the beach has listed forms in both languages; jellyfish only a translation the store induced.
const beach: Concept = { group: [['beach'], ['شاطئ']], place: false, documents: 3, critical: true, entity: false };
const jellyfish: Concept = { group: [['jellyfish'], ['قنديل']], translated: [['قنديل']], place: false, documents: 1, critical: true, entity: false };
const concepts = (...list: Concept[]): Concepts => ({ list, total: 10, missing: [] });

describe('a translation the store induced names a concept but never requires it', () => {
  it('counts where the passage holds it', () => {
    expect(isRelevant(sighted, {}, concepts(jellyfish, beach), false, null)).toBe(true);
  });

  it('where the passage lacks it, the passage is judged as if the concept had no form in its language', () => {
    const untranslated = { ...jellyfish, group: [['jellyfish']] };
    const { translated: _, ...listed } = jellyfish;
    expect(isRelevant(closed, {}, concepts(untranslated, beach), false, null)).toBe(true);
    expect(isRelevant(closed, {}, concepts(jellyfish, beach), false, null)).toBe(true);
    // A listed Arabic form would be required: the rarest topic, and the passage does not name it.
    expect(isRelevant(closed, {}, concepts(listed, beach), false, null)).toBe(false);
  });

  it('leaves the bridge to the rewrite: the concept still has no listed form in Arabic', () => {
    expect(needsBridge(concepts(jellyfish, beach), 'ar')).toBe(true);
  });

  it('does not make the concept commoner: its rarity is its listed forms’', () => {
    const names = buildNameVocabulary([{ term: 'jellyfish', documents: 1 }, { term: 'قنديل', documents: 6 }]);
    const induced: InducedLexicon = { pairs: [], translationsOf: (token) => (token === 'jellyfish' ? ['قنديل'] : []) };
    const query = expandQuery('jellyfish', { names, induced });
    expect(query.groups).toEqual([[['jellyfish'], ['قنديل']]]);
    expect(query.translated).toEqual([[['قنديل']]]);
    expect(weighConcepts(query, 'jellyfish', names, 10).list[0]).toMatchObject({ documents: 1, translated: [['قنديل']] });
  });
});
