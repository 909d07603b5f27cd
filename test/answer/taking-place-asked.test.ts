import { describe, expect, it } from 'vitest';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// A photo exhibition whose venue the Arabic copy gives in its second paragraph, without saying it is "held", and a conference
// the English copy says was held. Written for this test.
const WIRE = `التاريخ : 11/03/2026
متحف الكويت البحري يفتتح معرضا لصور السفن القديمة
الكويت - 11 - 3 (كونا) -- افتتح مكتب التراث اليوم الأربعاء معرضا يضم 120 صورة للسفن الكويتية القديمة.
وقالت مديرة المكتب هدى الصالح ل(كونا) إن المعرض يستمر حتى 30 مارس الجاري في مقر المكتب بمنطقة الشويخ.(النهاية)
ع م / س ر

Date : 11/03/2026
KUWAIT, March 11 (KUNA) -- A regional conference on water desalination was held on Wednesday with 300 engineers from the Gulf. (end)
ab.cd
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);
const critical = (question: string, type: 'place' | 'date' | 'number', word: string) =>
  weighConcepts(expandQuery(question), question, undefined, 10, type).list.find((c) => c.group.some((p) => p.join(' ') === word))?.critical;

describe('an event asked where or when it takes place', () => {
  it('reads "held", "take place", يقام and تنعقد as the asking of a where or when question, never "play" nor another question', () => {
    expect(critical('Where is the photo exhibition being held?', 'place', 'hold')).toBe(false);
    expect(critical('When does the conference take place?', 'date', 'take')).toBe(false);
    expect(critical('وين يقام المعرض؟', 'place', 'يقام')).toBe(false);
    expect(critical('متى تنعقد القمة؟', 'date', 'تنعقد')).toBe(false);
    expect(critical('When do Kuwait play Qatar?', 'date', 'hold')).toBe(true);
    expect(critical('How many conferences were held?', 'number', 'hold')).toBe(true);
  });

  it('answers where the exhibition is held from the Arabic passage that gives its venue with another verb', async () => {
    const answer = await ask('Where is the exhibition being held?');
    expect(answer.frame).toEqual({ kind: 'quoted' });
    expect(answer.citations.map((c) => c.quote).join(' ')).toMatch(/بمنطقة الشويخ/);
  });
});
