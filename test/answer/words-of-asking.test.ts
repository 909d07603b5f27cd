import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

// Our own sentences: a colloquial question whose rarest word (`ترجع`, "comes back") is the asker's, the wire
// writing the return of power with its own verb (`تعود`).
const hit = (text: string) => ({
  dispatchId: 'd', paragraph: 0, text, score: 1, date: '2026-03-07', lang: 'ar' as const, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
});
const word = (form: string, documents: number, asking = false) => ({ group: [analyseText(form)], place: false, documents, critical: true, entity: false, ...(asking ? { asking } : {}) });
const passage = hit('وقالت الوزارة إن الكهرباء تعود إلى منطقة الصباحية بعد انتهاء أعمال الصيانة عند الساعة الرابعة عصر يوم السبت.');

describe('a stored word of the asking', () => {
  it('is marked for a colloquial verb the store holds in one script only, not for a noun with the article', () => {
    const names = buildNameVocabulary([{ term: 'ترجع', documents: 1 }, { term: 'كهرباء', documents: 6 }, { term: 'صيان', documents: 5 }, { term: 'صباح', documents: 4 }]);
    const question = 'متى بترجع الكهرباء بعد الصيانة';
    const concepts = weighConcepts(expandQuery(question, { names }), question, names, 60, 'date');
    const asking = concepts.list.filter((c) => c.asking).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(asking).toContain('ترجع');
    expect(asking).not.toContain(analyseText('الكهرباء')[0]);
  });

  it('is not marked for a noun of three letters with the article: the article makes a noun, however short its stem', () => {
    // `الملح` (salt), `بالليل` (at night): a short stem the store holds in one script only, written with the article.
    const names = buildNameVocabulary([{ term: 'ملح', documents: 1 }, { term: 'ليل', documents: 2 }, { term: 'سعر', documents: 5 }]);
    const question = 'الملح بالليل بكم سعره';
    const concepts = weighConcepts(expandQuery(question, { names }), question, names, 60, 'number');
    const asking = concepts.list.filter((c) => c.asking).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(asking).not.toContain(analyseText('الملح')[0]);
    expect(asking).not.toContain(analyseText('بالليل')[0]);
  });

  it('need not be named when the rarest of the other words is: the wire writes the deed with its own verb', () => {
    const concepts = { list: [word('ترجع', 1, true), word('الكهرباء', 6), word('الصيانة', 5), word('الصباحية', 3)], total: 60, missing: [] };
    expect(isRelevant(passage, {}, concepts, false, 'date')).toBe(true);
    // unmarked, the same word is the rarest the passage must name
    const unmarked = { ...concepts, list: [word('ترجع', 1), word('الكهرباء', 6), word('الصيانة', 5), word('الصباحية', 3)] };
    expect(isRelevant(passage, {}, unmarked, false, 'date')).toBe(false);
  });
});
