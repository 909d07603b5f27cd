import { describe, expect, it } from 'vitest';
import { countsOnlyOtherListed } from '../../src/answer/counts-only-other-listed.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-08-04T12:00:00Z');

// Written for this test: a weather dispatch that writes "heat", and a model boat regatta told in both languages. Only the Arabic version gives its
// figures: 12 heats by a word no list gives an English form for (`شوطا`), and 40 boats (`قاربا`, "boats").
// No list gives "heat" an Arabic form, and neither version names heats in English.
const regatta = (arabicFigures: string) => [
  {
    date: '2026-08-02T08:00:00Z',
    text: `Date : 02/08/2026
KUWAIT, Aug 2 (KUNA) -- The Meteorological Department said on Sunday the heat would ease slightly this week, with highs of 47 degrees Celsius. (end)
ab.cd
`,
  },
  {
    date: '2026-08-03T10:00:00Z',
    text: `Date : 03/08/2026
KUWAIT, Aug 3 (KUNA) -- A model boat regatta opened at Marina Beach on Monday, the Kuwait Sea Sports Club said.
Organiser Faisal Al-Ali said the remote-controlled boats would race over two days. (end)
ab.cd
`,
  },
  {
    date: '2026-08-03T10:20:00Z',
    text: `التاريخ : 03/08/2026
الكويت - 3 - 8 (كونا) -- انطلق اليوم الاثنين على شاطئ المارينا سباق القوارب المصغرة الذي ينظمه نادي الكويت للرياضات البحرية.
وقال منظم السباق فيصل العلي ل(كونا) إن ${arabicFigures} ويستمر يومين.(النهاية)
م ص / ع ج
`,
  },
];

const heats = { concept: { group: [analyseText('heats')], place: false, documents: 1, critical: true, entity: false }, others: new Set<string>() };

describe('a count asked by a word the passage’s language cannot write', () => {
  it('takes a passage whose figures count only things the asker’s language names otherwise for a count of another thing', () => {
    expect(countsOnlyOtherListed(heats, { lang: 'ar', text: 'وقال إن السباق يضم 40 قاربا.' }, 'en')).toBe(true);
    expect(countsOnlyOtherListed(heats, { lang: 'ar', text: 'وقال إن السباق يضم 12 شوطا.' }, 'en')).toBe(false);
    expect(countsOnlyOtherListed(heats, { lang: 'en', text: 'The regatta drew 40 boats.' }, 'en')).toBe(false);
    const boats = { concept: { group: [analyseText('boats'), analyseText('قارب')], place: false, documents: 1, critical: true, entity: false }, others: new Set<string>() };
    expect(countsOnlyOtherListed(boats, { lang: 'ar', text: 'وقال إن السباق يضم 12 شوطا.' }, 'en')).toBe(false);
  });

  it('answers from the other language’s count by a word no list knows, though neither version names the thing in the asker’s words', async () => {
    const result = await askOnFiledWires(tempDir(), regatta('السباق يقام في 12 شوطا'), 'How many heats are there in the model boat regatta?', now);
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/12 شوطا/);
  });

  it('declines when the other language’s figures count only a thing the lists name otherwise', async () => {
    const result = await askOnFiledWires(tempDir(), regatta('السباق يضم 40 قاربا'), 'How many heats are there in the model boat regatta?', now);
    expect(result.found).toBe(false);
  });
});
