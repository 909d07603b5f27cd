import pino from 'pino';
import { expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseContextFor } from '../../src/dispatch/parse-context-for.js';
import { parseWireText } from '../../src/dispatch/parse-wire-text.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import type { Stores } from '../../src/store/open-stores.js';
import { describeStores } from '../helpers/store-backends.js';

// A second agency's copy, written for this test: WAM (`(WAM)` / `(وام)`) filing from Abu Dhabi, as a
// desk adding it would ingest it. Nothing in the code names WAM as the wire's agency.
const logger = pino({ level: 'silent' });
const now = new Date('2026-12-01T12:00:00Z');

const EN_CONVOY = `Date : 01/12/2026
ABU DHABI, Dec 1 (WAM) -- The Red Crescent sent a convoy of food aid to families hit by floods in the north on Tuesday, its relief director told WAM.
(end)
ab.cd
`;
const EN_BLOOD = `Date : 01/12/2026
ABU DHABI, Dec 1 (WAM) -- The Red Crescent opened a blood donation drive at a shopping centre on Tuesday, a spokeswoman told WAM.
(end)
ab.cd
`;
const AR_CONVOY = `التاريخ : 01/12/2026
أبوظبي - 1 - 12 (وام) -- سيرت جمعية الهلال الأحمر اليوم الثلاثاء قافلة إلى الأسر في الشمال وقال مدير الفرع ل(وام) إن القافلة تضم 20 شاحنة.(النهاية)
ع ب
`;
const AR_BLOOD = `التاريخ : 01/12/2026
أبوظبي - 1 - 12 (وام) -- افتتحت جمعية الهلال الأحمر اليوم الثلاثاء حملة للتبرع بالدم وقالت متحدثة باسم الجمعية ل(وام) إن الحملة تستمر أسبوعا.(النهاية)
ع ب
`;
// A lead that, as every lead, does not name the agency that files it.
const EN_TRAM = `Date : 01/12/2026
ABU DHABI, Dec 1 (WAM) -- The city's new tram line opened on Tuesday with 14 stations along the corniche.
(end)
ab.cd
`;
const AR_TRAM = `التاريخ : 01/12/2026
أبوظبي - 1 - 12 (وام) -- افتتح خط الترام الجديد في المدينة اليوم الثلاثاء بمحطات عددها 14 على طول الكورنيش.(النهاية)
ع ب
`;

// Copy of three Gulf agencies written for this test: each files from its own capital and names its own
// country all day, as KUNA names Kuwait; its full name (`وكالة أنباء الإمارات`) names that country too.
const copy = (dateline: string, text: string) => `Date : 01/12/2026\n${dateline} -- ${text}\n(end)\nab.cd\n`;
const arCopy = (dateline: string, text: string) => `التاريخ : 01/12/2026\n${dateline} -- ${text}(النهاية)\nع ب\n`;

const pairs: ReadonlyArray<readonly [string, string, string]> = [
  [
    'WAM, Arabic',
    arCopy('أبوظبي - 1 - 12 (وام)', 'سيرت جمعية الهلال الأحمر اليوم الثلاثاء قافلة إلى الأسر في الشمال وقال مدير الفرع لوكالة أنباء الإمارات إن القافلة تضم شاحنات.'),
    arCopy('أبوظبي - 1 - 12 (وام)', 'افتتحت جمعية الهلال الأحمر اليوم الثلاثاء حملة للتبرع بالدم وقالت متحدثة باسم الجمعية لوكالة أنباء الإمارات إن الحملة تستمر أسبوعا.'),
  ],
  [
    'WAM, English',
    copy('ABU DHABI, Dec 1 (WAM)', 'The Red Crescent sent a convoy of food aid to families hit by floods in the north of the UAE on Tuesday, its relief director told the Emirates News Agency.'),
    copy('ABU DHABI, Dec 1 (WAM)', 'The Red Crescent opened a blood donation drive at a shopping centre in the UAE capital on Tuesday, a spokeswoman told the Emirates News Agency.'),
  ],
  [
    'SPA, Arabic',
    arCopy('الرياض - 1 - 12 (واس)', 'سيرت جمعية الهلال الأحمر في المملكة العربية السعودية اليوم الثلاثاء قافلة إلى الأسر في الشمال وقال مدير الفرع لوكالة الأنباء السعودية إن القافلة تضم شاحنات.'),
    arCopy('الرياض - 1 - 12 (واس)', 'افتتحت جمعية الهلال الأحمر في المملكة العربية السعودية اليوم الثلاثاء حملة للتبرع بالدم وقالت متحدثة باسم الجمعية لوكالة الأنباء السعودية إن الحملة تستمر أسبوعا.'),
  ],
  [
    'QNA, English',
    copy('DOHA, Dec 1 (QNA)', 'The Red Crescent in Qatar sent a convoy of food aid to families hit by floods in the north on Tuesday, its relief director told QNA.'),
    copy('DOHA, Dec 1 (QNA)', 'The Red Crescent in Qatar opened a blood donation drive at a shopping centre on Tuesday, a spokeswoman told QNA.'),
  ],
];

it('reads a second agency from the dateline in both languages', () => {
  for (const [text, lang] of [[EN_CONVOY, 'en'], [AR_CONVOY, 'ar']] as const) {
    const [item] = parseWireText(text, parseContextFor(now));
    expect(item?.result.ok && item.result.dispatch).toMatchObject({ agency: 'WAM', lang, date: '2026-12-01' });
  }
  const [spa] = parseWireText('RIYADH, Dec 1 (SPA) -- The ministry opened a school on Tuesday. (end)\n', parseContextFor(now));
  expect(spa?.result.ok && spa.result.dispatch.agency).toBe('SPA');
  const [arSpa] = parseWireText('الرياض - 1 - 12 (واس) -- افتتحت الوزارة مدرسة اليوم الثلاثاء.(النهاية)\n', parseContextFor(now));
  expect(arSpa?.result.ok && arSpa.result.dispatch.agency).toBe('SPA');
});

describeStores('a second agency', (backend) => {
  async function ingest(stores: Stores, texts: readonly string[]): Promise<string[]> {
    const storyIds: string[] = [];
    for (const [i, text] of texts.entries()) {
      const report = await ingestWireBytes(stores.dispatches, { source: `wam-${i}.txt`, bytes: Buffer.from(text) }, now);
      expect(report.rejected).toEqual([]);
      storyIds.push(report.dispatches[0]!.storyId);
    }
    return storyIds;
  }

  it('stores the agency and lists the agencies the store holds', async () => {
    const stores = await backend.fresh().open();
    expect(await stores.dispatches.listAgencies()).toEqual([]);
    await ingest(stores, [EN_CONVOY, 'KUWAIT, Dec 1 (KUNA) -- The cabinet met on Tuesday. (end)\nab.cd\n', AR_BLOOD]);
    expect(await stores.dispatches.listAgencies()).toEqual(['KUNA', 'WAM']);
    const [stored] = await stores.dispatches.listDispatches({ limit: 1, lang: 'ar' });
    expect(stored?.agency).toBe('WAM');
  });

  it.each([
    ['English', EN_CONVOY, EN_BLOOD],
    ['Arabic', AR_CONVOY, AR_BLOOD],
  ])('keeps two %s stories of a day apart that share only a body and the name of the agency filing both', async (_, convoy, blood) => {
    const stores = await backend.fresh().open();
    const [a, b] = await ingest(stores, [convoy, blood]);
    expect(b).not.toBe(a);
  });

  it.each(pairs)('keeps two %s stories of a day apart that share only a body and the wire\'s own country and name', async (_, convoy, blood) => {
    const stores = await backend.fresh().open();
    const [a, b] = await ingest(stores, [convoy, blood]);
    expect(b).not.toBe(a);
  });

  it.each([
    ['what did WAM report about the stations of the new tram line?', 'en'],
    ['حسب وام كم محطة في خط الترام الجديد', 'ar'],
  ] as const)('answers "%s": the agency the question names is its source, not a topic', async (question, lang) => {
    const stores = await backend.fresh().open();
    await ingest(stores, [EN_TRAM, AR_TRAM]);
    const result = await answerQuestion({ store: stores.dispatches, llm: null, logger }, question, { now });
    expect(result).toMatchObject({ found: true, lang });
    expect(result.answer).toContain('14');
  });
});
