import { describe, expect, it } from 'vitest';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';

const concept = (forms: string[][], documents = 2) => ({ group: forms, documents, critical: true, place: false, entity: false });
const concepts = (...list: ReturnType<typeof concept>[]) => ({ list, total: 40, missing: [], instances: [] }) as never;
const passage = (headline: string, text: string, parallel = '') => ({ text, told: [headline, text], parallel, around: [text], date: '2026-04-02' });

const kite = concept([['kite'], ['طائر', 'ورقي']]);
const award = concept([['prize'], ['award'], ['جائز'], ['جوائز']]);
const won = concept([['win'], ['won'], ['فاز'], ['فوز']]);
const kiteStory = passage('Pupils fly a giant kite in Shuwaikh', 'Pupils flew a kite ten metres wide in Shuwaikh and will take it to a festival abroad in May.');

describe('near misses: a yes-or-no question of the past or the present, a story that never names the thing asked', () => {
  it('makes a near miss of a story that tells the occasion and not the prize asked, and of none that names it', () => {
    const asked = { question: 'did the giant kite win a prize abroad?', type: null, concepts: concepts(kite, won, award) };
    expect(nearMissOf(asked)(kiteStory)).toBe(true);
    expect(nearMissOf(asked)(passage('Giant kite wins prize', 'The giant kite won first prize at a festival abroad, the pupils said.'))).toBe(false);
  });

  it('leaves an Arabic question alone: its words may be read as another word\'s stem', () => {
    const asked = { question: 'الطائرة الورقية فازت بجائزة؟', type: null, concepts: concepts(kite, won, award) };
    expect(nearMissOf(asked)(passage('تلاميذ يطيرون طائرة ورقية عملاقة', 'طير تلاميذ طائرة ورقية عرضها عشرة أمتار في الشويخ.'))).toBe(false);
  });

  it('judges the story with its other version, and does not require a word English writes alone', () => {
    const asked = { question: 'did the giant kite win a prize abroad?', type: null, concepts: concepts(kite, won, award) };
    expect(nearMissOf(asked)(passage('Pupils fly a giant kite', 'Pupils flew a giant kite in Shuwaikh.', 'وقال التلاميذ إن فريقهم فاز بجائزة في مهرجان بالخارج.'))).toBe(false);
    const sign = concept([['sign'], ['توقيع']]);
    const posted = { question: 'did the kite club put up a sign at the beach?', type: null, concepts: concepts(kite, sign) };
    expect(nearMissOf(posted)(passage('Kite club warns beachgoers', 'The kite club put up a warning sticker at the beach.'))).toBe(false);
  });

  it('leaves alone a question asking a fact, one following up a report, and one offering alternatives', () => {
    const list = concepts(kite, won, award);
    expect(nearMissOf({ question: 'who made the giant kite that won a prize?', type: 'person', concepts: list })(kiteStory)).toBe(false);
    expect(nearMissOf({ question: 'did the giant kite win a prize abroad? i read it on kuna yesterday', type: null, concepts: list })(kiteStory)).toBe(false);
    expect(nearMissOf({ question: 'did the kite win a prize or not?', type: null, concepts: list })(kiteStory)).toBe(false);
  });
});
