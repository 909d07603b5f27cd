import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { writtenWords } from '../../src/text/written-words.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-08T08:00:00Z');
const alternatives = (groups: string[][][]) => groups.map((group) => group.map((phrase) => phrase.join(' ')));

describe('a first و the stemmer took for a conjunction', () => {
  it('gives the tokens analyseText gives, and the word with its و as the article would leave it', () => {
    const words = writtenWords('بأي عيد وطني والوطني وزير who won?');
    expect(words.tokens).toEqual(analyseText('بأي عيد وطني والوطني وزير who won?'));
    // وطني: a و that would leave two letters is the word's own, so the analyser already reads it whole (analyse-arabic.ts)
    expect(words.tokens[2]).toBe('وطن');
    expect(words.withFirstLetter(2)).toBeUndefined();
    expect(words.withFirstLetter(3)).toBeUndefined();
    expect(words.withFirstLetter(4)).toBe('وزير');
    expect(words.withFirstLetter(5)).toBeUndefined();
  });

  it('reads وطني as the store holds it (الوطني), not as ton, and keeps وزير a minister', () => {
    const names = buildNameVocabulary(analyseText('احتفلت الكويت بالعيد الوطني وتحمل الطائرة 40 طنا وقال الوزير'));
    const national = alternatives(expandQuery('بأي عيد وطني احتفلت الكويت؟', { names }).groups).flat();
    expect(national.some((form) => form.split(' ').includes('وطن'))).toBe(true);
    expect(national).not.toContain('ton');
    const minister = alternatives(expandQuery('ماذا قال وزير الصحة؟', { names }).groups).flat();
    expect(minister.some((form) => /^minist/.test(form))).toBe(true);
  });
});

// Our own sentences: a national day told with the article, a relief flight's tonnes.
const WIRE = `التاريخ : 07/04/2026
الكويت - 7 - 4 (كونا) -- احتفلت الكويت اليوم الثلاثاء بالعيد الوطني الخامس والستين برفع علم بطول 12 مترا في ساحة العلم.(النهاية)
ع م / س ر

التاريخ : 06/04/2026
الخرطوم - 6 - 4 (كونا) -- وصلت إلى بورتسودان اليوم الاثنين طائرة إغاثة كويتية تحمل 40 طنا من المساعدات.(النهاية)
ع م / س ر

Date : 07/04/2026
Kuwait marks 65th National Day with 12-metre flag
KUWAIT, April 7 (KUNA) -- Kuwait marked its 65th National Day on Tuesday by raising a 12-metre flag at Flag Square. (end)
ab.cd
`;

describe('a national day asked without the article', () => {
  const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

  it('answers بأي عيد وطني from بالعيد الوطني, not from a flight carrying tonnes', async () => {
    const result = await ask('بأي عيد وطني احتفلت الكويت برفع العلم؟');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('12 مترا'))).toBe(true);
  });

  it('answers the same in English', async () => {
    const result = await ask('How long was the flag raised on Kuwait National Day?');
    expect(result.citations.some((c) => c.quote.includes('12-metre flag'))).toBe(true);
  });
});

describe('a lam the stemmer took for the article\'s after ل', () => {
  it('gives the word with its own lam when the analyser left it two letters, else undefined', () => {
    const words = writtenWords('قدم طلبا للجنة وللجنة للصف للكويت');
    expect(words.withLamKept(2)).toBe('لجن');
    expect(words.withLamKept(3)).toBe('لجن');
    expect(words.withLamKept(4)).toBe('لصف');
    expect(words.withLamKept(5)).toBeUndefined();
  });

  it('asks for the word the store holds with its lam (اللجنة), and adds none the store does not hold (لصف)', () => {
    const names = buildNameVocabulary(analyseText('اجتمعت اللجنة الفنية أمس مع طلاب الصف الأول'));
    expect(alternatives(expandQuery('متى تجتمع للجنة الفنية؟', { names }).groups).flat()).toContain('لجن');
    expect(alternatives(expandQuery('كم طالب للصف الأول؟', { names }).groups).flat()).not.toContain('لصف');
  });
});
