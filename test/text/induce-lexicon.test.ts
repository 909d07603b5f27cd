import { describe, expect, it } from 'vitest';
import { figureNeighbours } from '../../src/text/figure-neighbours.js';
import { type ParallelText, induceLexicon } from '../../src/text/induce-lexicon.js';

// Parallel units written for these tests: each story once in English, once in Arabic.
const beachStories: ParallelText[] = [
  { story: 'a', en: 'Volunteers cleaned the beach on Sunday and collected plastic waste.', ar: 'نظف متطوعون الشاطئ يوم الأحد وجمعوا نفايات بلاستيكية.' },
  { story: 'b', en: 'The beach was closed to swimmers on Monday after jellyfish were sighted.', ar: 'أغلق الشاطئ أمام السباحين يوم الاثنين بعد رصد قناديل البحر.' },
  { story: 'c', en: 'Swimmers returned to the beach on Tuesday as the water cleared.', ar: 'عاد السباحون إلى الشاطئ يوم الثلاثاء بعد صفاء المياه.' },
];

describe('induceLexicon', () => {
  it('learns a word and its translation from stories told in both languages', () => {
    const lexicon = induceLexicon(beachStories);
    expect(lexicon.translationsOf('beach')).toEqual(['شاطئ']);
    expect(lexicon.translationsOf('شاطئ')).toEqual(['beach']);
    expect(lexicon.translationsOf('swimmer')).toEqual(['سباح']);
    expect(lexicon.pairs.find((p) => p.en === 'beach')).toMatchObject({ ar: 'شاطئ', links: 3, score: 1 });
  });

  it('needs a pair in two stories: one story, however often retold, proves nothing', () => {
    const [, closed, returned] = beachStories as [ParallelText, ParallelText, ParallelText];
    expect(induceLexicon([closed, closed, closed]).translationsOf('swimmer')).toEqual([]);
    expect(induceLexicon([closed, returned]).translationsOf('swimmer')).toEqual(['سباح']);
  });

  it('links each word once in a unit: a word in every unit does not become every word’s translation', () => {
    const lexicon = induceLexicon(beachStories);
    // "beach" and "شاطئ" are in every unit, beside every other word; each other word keeps its own partner or none.
    expect(lexicon.pairs.filter((p) => p.ar === 'شاطئ').map((p) => p.en)).toEqual(['beach']);
    expect(lexicon.translationsOf('jellyfish')).toEqual([]);
  });

  it('lets a figure decide between words that always come together', () => {
    // "points" and "percent" stand beside each other in every report; only the figure before each tells them apart.
    const reports: ParallelText[] = [
      { story: 'm1', en: 'The index gained 57.2 points or 0.7 percent.', ar: 'ارتفع المؤشر 0ر7 بالمائة أو 57ر2 نقطة.' },
      { story: 'm2', en: 'The index lost 12.6 points or 0.2 percent.', ar: 'تراجع المؤشر 0ر2 بالمائة أو 12ر6 نقطة.' },
    ];
    const lexicon = induceLexicon(reports);
    expect(lexicon.translationsOf('point')).toEqual(['نقط']);
    expect(lexicon.translationsOf('percent')).toEqual(['مائ']);
  });

  it('leaves out names spelt alike in both scripts and pairs the hand lexicon already holds', () => {
    const visits: ParallelText[] = [
      { story: 'v1', en: 'Minister Al-Mutairi opened the new library on Sunday.', ar: 'افتتح الوزير المطيري المكتبة الجديدة الأحد.' },
      { story: 'v2', en: 'Al-Mutairi toured the library on Monday.', ar: 'تفقد المطيري المكتبة الاثنين.' },
    ];
    expect(induceLexicon(visits).translationsOf('mutairi')).toEqual([]);
    expect(induceLexicon(visits).translationsOf('library')).toEqual(['مكتب']);
    expect(induceLexicon(visits, { known: (en, ar) => en === 'library' && ar === 'مكتب' }).pairs).toEqual([]);
  });
});

describe('induceLexicon: words spelt alike', () => {
  // A word of the wire's own, lowercase and held in both languages: no list has it, the spelling joins it.
  const charity: ParallelText[] = [
    { story: 'z1', en: 'The zakat fund opened new offices', ar: 'صندوق الزكاة يفتتح مكاتب جديدة' },
    { story: 'z1', en: 'The zakat fund opened three new offices on Sunday.', ar: 'افتتح صندوق الزكاة اليوم الأحد ثلاثة مكاتب جديدة.' },
  ];

  it('gives the other script’s spelling of a word two units write alike', () => {
    const lexicon = induceLexicon(charity);
    expect(lexicon.speltAlikeOf?.('zakat')).toEqual(['زكا']);
    expect(lexicon.speltAlikeOf?.('زكا')).toEqual(['zakat']);
    // Left out of the alignment as before: a spelling is no translation learnt from co-occurrence.
    expect(lexicon.translationsOf('zakat')).toEqual([]);
  });

  it('needs two units: one may join two words by accident', () => {
    expect(induceLexicon(charity.slice(0, 1)).speltAlikeOf?.('zakat')).toEqual([]);
  });
});

describe('figureNeighbours', () => {
  it('gives the word after each figure, keyed alike in both scripts', () => {
    expect(figureNeighbours('The index rose 12.6 points to 8,285.6 points in 2026.')).toEqual(new Map([['12.6', 'point'], ['8285.6', 'point']]));
    expect(figureNeighbours('ارتفع المؤشر 12ر6 نقطة ليبلغ 8285ر6 نقطة.')).toEqual(new Map([['12.6', 'نقط'], ['8285.6', 'نقط']]));
    // A word that analyses to nothing is skipped; another figure stops the look.
    expect(figureNeighbours('بنسبة 0ر15 في المئة')).toEqual(new Map([['0.15', 'مئ']]));
    expect(figureNeighbours('scores 3 2 draw')).toEqual(new Map([['2', 'draw']]));
  });
});
