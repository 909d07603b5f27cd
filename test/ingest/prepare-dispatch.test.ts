import { describe, expect, it } from 'vitest';
import { analyseDispatch } from '../../src/ingest/prepare-dispatch.js';

describe('analyseDispatch', () => {
  it('reads story grouping figures, names and entities from the whole dispatch, not only the lead', () => {
    const { features } = analyseDispatch({
      agency: 'KUNA',
      lang: 'en',
      date: '2026-03-02',
      dateline: { city: 'KUWAIT', day: 2, month: 3 },
      headline: 'Blaze at tyre store put out',
      headlineDerived: false,
      paragraphs: [
        'A fire broke out in a tyre store on Monday morning, firefighters said.',
        'Crews from four stations took part.',
        'Kuwait Fire Force spokesman Mohammad Al-Ghareeb said 350 tyres burnt in the Shuwaikh industrial area.',
      ],
      repeats: [],
      urgent: false,
    });
    expect(features.numberKeys).toContain('350');
    expect(features.nameKeys).toContain('GRB');
    expect(features.entityKeys).toEqual(expect.arrayContaining(['kuwait-fire-force', 'shuwaikh']));
    // The lead's words stay the lead's: they compare two versions in one language.
    expect(features.leadTerms).not.toContain('spokesman');
  });
});
