import { describe, expect, it } from 'vitest';
import { factInOtherVersion, figuresTold } from '../../src/answer/fact-in-other-version.js';
import type { Dispatch, Lang } from '../../src/dispatch/dispatch-types.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T12:00:00Z');

// Written for this test: a honey fair told in both languages. Only the Arabic version says how many
// beekeepers took part; no list has an Arabic form for "beekeeper", "honey" or "fair", so only the
// English version's words reach the story, and that version gives no count of beekeepers.
const STORY = [
  {
    date: '2026-05-07T10:00:00Z',
    text: `Date : 07/05/2026
KUWAIT, May 7 (KUNA) -- Kuwaiti beekeepers showed their honey at a three-day fair that opened in Wafra on Thursday, the Public Authority for Agriculture Affairs said.
Fair organiser Khalid Al-Mutairi said the sidr honey sold out within hours. (end)
ab.cd
`,
  },
  {
    date: '2026-05-07T10:20:00Z',
    text: `التاريخ : 07/05/2026
الكويت - 7 - 5 (كونا) -- افتتحت الهيئة العامة لشؤون الزراعة اليوم الخميس في الوفرة معرضا للعسل الكويتي يستمر ثلاثة أيام.
وقال منظم المعرض خالد المطيري ل(كونا) إن 35 نحالا يعرضون إنتاجهم في المعرض.(النهاية)
م ص / ع ج
`,
  },
];

const ask = (question: string) => askOnFiledWires(tempDir(), STORY, question, now);

describe('a figure only the story’s other-language version tells', () => {
  it('reads figures alike in digits and number words, in either script', () => {
    expect([...figuresTold('a three-day fair with 12,000 visitors')].sort()).toEqual(['12000', '3']);
    // The wire's ر mark gives no order: both readings (see figureKeys).
    expect([...figuresTold('معرض يستمر ثلاثة أيام بمشاركة 35 نحالا و5ر2 طن')].sort()).toEqual(['2.5', '3', '35', '5.2']);
    expect([...figuresTold('الرسوم بخمسة دنانير')]).toEqual(['5']);
    // A time of day counts nothing, and the other version may write it in words.
    expect([...figuresTold('open from 8:30 p.m. until 1 a.m. for 10 days')]).toEqual(['10']);
  });

  it('answers how many from the Arabic paragraph with a count the English version does not give', async () => {
    const result = await ask('How many beekeepers showed honey at the Wafra fair?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/35 نحالا/);
  });

  it('declines a count of a thing no dispatch holds, however short its word ("how many jars"): the beekeepers\' count does not answer', async () => {
    const result = await ask('How many jars of honey were sold at the Wafra fair?');
    expect(result.found).toBe(false);
    expect(result.citations.map((c) => c.quote).join(' ')).not.toMatch(/35/);
  });

  it('still declines a near miss: the count asked is last year\'s, and neither version tells it', async () => {
    const result = await ask('How many beekeepers showed honey at the fair last year?');
    expect(result.found).toBe(false);
  });

  it('takes the other version of the same day only: a dispatch of another day in the other language is another report', () => {
    // Written for this test: a recycling drive's Arabic launch report, then an English report of its first day with a count.
    const dispatch = (id: string, lang: Lang, date: string, paragraphs: string[]): Dispatch => ({
      id, source: id, sourceIndex: 0, storyId: 'drive', ingestedAt: date, agency: 'KUNA', lang, date, dateline: null, headline: paragraphs[0] as string,
      headlineDerived: true, paragraphs, repeats: [], urgent: false, endMarker: true, editors: null, raw: '',
    });
    const passage = (d: Dispatch, paragraph: number): PassageHit => ({
      dispatchId: d.id, paragraph, text: d.paragraphs[paragraph] as string, score: 1, date: d.date, lang: d.lang, agency: 'KUNA', headline: d.headline, dateline: null, urgent: false, storyId: d.storyId,
    });
    const update = dispatch('update-en', 'en', '2026-05-09', ['Volunteers collected 700 kilograms of paper on the first day of the drive.', 'The drive will reach the universities next month.']);
    const launch = (date: string) => dispatch('launch-ar', 'ar', date, ['أطلقت البلدية حملة لجمع الورق من المنازل.']);
    const run = (other: Dispatch) => factInOtherVersion('number', false, [passage(update, 1)], [passage(update, 0)], new Map([[update.id, update], [other.id, other]]), () => true);
    expect(run(launch('2026-05-08'))).toEqual([]);
    expect(run(launch('2026-05-09')).map((h) => h.paragraph)).toEqual([0]);
  });
});
