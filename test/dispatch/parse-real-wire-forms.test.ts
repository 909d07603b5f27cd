import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDispatch } from '../../src/dispatch/dispatch-types.js';
import { parseContextFor } from '../../src/dispatch/parse-context-for.js';
import { parseWireText } from '../../src/dispatch/parse-wire-text.js';

// Each fixture imitates a form met in real KUNA copy (test/fixtures/README.md), in our own sentences.
const form = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/wire/real-forms/${name}`, import.meta.url)), 'utf8');
/** Ingested on Wednesday 4 November 2026 (no source time): missing years and dates come from here. */
const now = new Date('2026-11-04T09:00:00Z');
const ctx = parseContextFor(now);
const kunaCtx = parseContextFor(now, null, 'KUNA');

type Read = Omit<ParsedDispatch, 'raw' | 'repeats' | 'headlineDerived'> & { warnings: string[] };
function read(text: string, context = ctx): Read[] {
  return parseWireText(text, context).map(({ result }) => {
    if (!result.ok) throw new Error(result.reason);
    const { raw: _raw, repeats: _repeats, headlineDerived: _derived, ...fields } = result.dispatch;
    return { ...fields, warnings: result.warnings };
  });
}
const reasons = (text: string, context = ctx) => parseWireText(text, context).map(({ result }) => (result.ok ? 'ok' : result.reason));

describe('real wire forms: article pages and republications', () => {
  it('reads an article page: headline, caption printed twice, dateline without year, (end) and initials, furniture', () => {
    expect(read(form('kuna-en-article-page.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'en',
        date: '2026-10-29',
        dateline: { city: 'KUWAIT', day: 29, month: 10 },
        headline: 'Kuwait port authority opens second grain terminal',
        paragraphs: [
          "Kuwait Ports Authority opened a second grain terminal at Shuwaikh Port on Wednesday, doubling the port's storage for wheat and barley.",
          "The terminal can hold 120,000 tonnes and unload two ships at once, the authority's director general told reporters at the opening.",
          'He said the project was finished four months ahead of schedule.',
        ],
        urgent: false,
        endMarker: true,
        editors: 'km.mt',
        warnings: [
          '6 line(s) of page furniture dropped',
          'photo caption dropped: "Workers at the new grain terminal in Shuwaikh Port"',
          'photo caption dropped: "Workers at the new grain terminal in Shuwaikh Port"',
          'year 2026 guessed from ingest time (2026-11-04): the dateline has no year',
        ],
      },
    ]);
  });

  it('reads a republication: (MENAFN- …) wrapper, (Kuna) in other letters, one-group initials, id and disclaimer', () => {
    expect(read(form('menafn-en-republication.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'en',
        date: '2026-11-03',
        dateline: { city: 'KUWAIT', day: 3, month: 11 },
        headline: 'Kuwait Fund Signs Loan For Water Network In Rural Tajikistan',
        paragraphs: [
          'The Kuwait Fund for Arab Economic Development signed on Monday a loan agreement worth KD 6 million (about USD 19.5 million) with Tajikistan to extend drinking water networks to rural districts.',
          "The fund's deputy director general said the network would serve some 90,000 people in three provinces.",
          "The agreement is the fund's fourth with Tajikistan since 2015.",
        ],
        urgent: false,
        endMarker: true,
        editors: 'mke',
        warnings: [
          'republication wrapper "(MENAFN- Kuwait News Agency (KUNA))" dropped',
          '3 line(s) of page furniture dropped',
          'year 2026 guessed from ingest time (2026-11-04): the dateline has no year',
        ],
      },
    ]);
  });

  it('takes the year from the latest time stamp the page prints, and drops the stamps', () => {
    expect(read(form('menafn-en-time-stamped.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'en',
        date: '2024-12-24',
        dateline: { city: 'KUWAIT', day: 24, month: 12 },
        headline: 'Kuwait Football Association Moves Cup Final To Next Week',
        paragraphs: [
          'Kuwait Football Association said on Tuesday the final of the Crown Prince Cup would be played next week to give both teams a full rest after the Gulf tournament.',
          'Tickets already sold remain valid for the new date, the association said.',
        ],
        urgent: false,
        endMarker: true,
        editors: null,
        warnings: [
          'page time stamp "Tuesday, 02 January 2024 12:17 GMT" dropped',
          'page time stamp "12/24/2024 1:05:18 AM" dropped',
          'republication wrapper "(MENAFN- Kuwait News Agency (KUNA))" dropped',
          "year 2024 guessed from the page's time stamp (2024-12-24): the dateline has no year",
        ],
      },
    ]);
  });

  it('reads a newspaper reprint: credited captions, KUWAIT: dateline, page time, closing Source: KUNA', () => {
    expect(read(form('newspaper-en-reprint.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'en',
        date: '2016-04-18',
        dateline: { city: 'KUWAIT', day: 18, month: 4 },
        headline: 'Volunteers plant 5,000 mangroves on Kuwait Bay',
        paragraphs: [
          'More than 300 volunteers planted 5,000 mangrove seedlings along the southern shore of Kuwait Bay on Saturday, the Environment Public Authority said.',
          'The authority said the trees would shelter fish nurseries and slow the erosion of the shoreline.',
        ],
        urgent: false,
        endMarker: false,
        editors: null,
        warnings: [
          'photo caption dropped: "KUWAIT: Young volunteers plant mangroves along the Sulaibikhat shore. – KUNA photo"',
          'photo caption dropped: "KUWAIT: Young volunteers plant mangroves along the Sulaibikhat shore. – KUNA photo"',
          'page time stamp "April 18, 2016, 9:22 am" dropped',
          '3 line(s) of page furniture dropped',
          'no dateline: agency KUNA named in the text',
          'no end marker: the dispatch may be cut short',
          "no date in the copy; used the page's time stamp (2016-04-18)",
          'dateline KUWAIT has no day and month; took them from the date',
        ],
      },
    ]);
  });

  it('guesses the year that makes the date the latest not after the source time, a day of slack for time zones', () => {
    const text = 'KUWAIT, Dec 31 (KUNA) -- The year closed quietly.(end)\n';
    expect(read(text, parseContextFor(new Date('2027-01-02T08:00:00Z')))[0]?.date).toBe('2026-12-31');
    expect(read(text, parseContextFor(new Date('2027-06-01T08:00:00Z'), '2026-12-30T22:00:00Z'))[0]).toMatchObject({
      date: '2026-12-31',
      warnings: ["year 2026 guessed from the source's time (2026-12-30): the dateline has no year"],
    });
    // A source time past the ingest time is not believed: the ingest time dates the copy.
    expect(read(text, parseContextFor(new Date('2027-01-02T08:00:00Z'), '2031-01-01T00:00:00Z'))[0]?.warnings).toEqual([
      'year 2026 guessed from ingest time (2027-01-02): the dateline has no year',
    ]);
  });

  it('rejects a date line outside 1990 to a day after the source time, with the reason', () => {
    const body = '\nKUWAIT, Feb 4 (KUNA) -- Text of the dispatch.(end)\n';
    expect(reasons(`Date : 04/02/9999${body}`)).toEqual(['date 9999-02-04 is outside the plausible window (1990-01-01 to 2026-11-05)']);
    expect(reasons(`Date : 04/02/0100${body}`)).toEqual(['date 0100-02-04 is outside the plausible window (1990-01-01 to 2026-11-05)']);
    expect(reasons(`Date : 04/02/1989${body}`)).toEqual(['date 1989-02-04 is outside the plausible window (1990-01-01 to 2026-11-05)']);
    expect(reasons(`Date : 05/11/2026${body.replace('Feb 4', 'Nov 5')}`)).toEqual(['ok']);
    // A dateline day of 41 is no day, even beside a good date line.
    expect(reasons(`Date : 04/02/2026${body.replace('Feb 4', 'Feb 41')}`)).toEqual(['dateline day 41 and month 2 make no date']);
  });
});

describe('real wire forms: Arabic reposts', () => {
  it('reads (كونا) – with an en dash and no city under a section label and headline, the Arabic decimal comma, and another agency’s end marker (انتهى)', () => {
    expect(read(form('repost-ar-no-city.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'ar',
        date: '2026-11-04',
        dateline: null,
        headline: 'الكويت تفتتح محطة جديدة لتحلية المياه',
        paragraphs: [
          'افتتحت وزارة الكهرباء والماء اليوم الأحد محطة جديدة لتحلية مياه البحر في منطقة الزور بطاقة 5ر6 مليون جالون يوميا.',
          'وقال وكيل الوزارة في تصريح للصحفيين إن المحطة ستغطي حاجة نحو 40 ألف أسرة.',
        ],
        urgent: false,
        endMarker: true,
        editors: null,
        warnings: ['section label dropped: "محليات"', 'no date in the copy; used ingest time (2026-11-04)', 'no city in the dateline'],
      },
    ]);
  });

  it('reads a repost that names the agency only in its running text', () => {
    expect(read(form('repost-ar-running-text.txt'))).toEqual([
      {
        agency: 'KUNA',
        lang: 'ar',
        date: '2026-11-04',
        dateline: null,
        headline: 'وزير التربية: بدء العام الدراسي الجديد في موعده',
        paragraphs: [
          'أعلن وزير التربية الكويتي اليوم أن العام الدراسي الجديد سيبدأ في موعده المحدد مطلع سبتمبر، وفق ما نقلته وكالة الأنباء الكويتية (كونا).',
          'وأضاف أن الوزارة أنجزت صيانة 210 مدارس خلال العطلة الصيفية.',
        ],
        urgent: false,
        endMarker: false,
        editors: null,
        warnings: [
          'no dateline: agency KUNA named in the text',
          'no end marker: the dispatch may be cut short',
          'no date in the copy; used ingest time (2026-11-04)',
          'no city in the dateline',
        ],
      },
    ]);
  });

  it('reads a repost whose only credit is a source line, المصدر: كونا', () => {
    const [d] = read('شؤون محلية\nأعلنت البلدية اليوم إغلاق سوق الجمعة مؤقتا لأعمال الصيانة.\nالمصدر: كونا\n');
    expect(d).toMatchObject({ agency: 'KUNA', lang: 'ar', dateline: null, headline: 'شؤون محلية', endMarker: false });
    expect(d?.warnings).toContain('no dateline: agency KUNA named in the text');
  });

  it('reads a city with no day and month (الجهراء (كونا) --) and an em dash after the dateline', () => {
    const [jahra, kuwait] = read(form('kuna-ar-dash-forms.txt'));
    expect(jahra).toEqual({
      agency: 'KUNA',
      lang: 'ar',
      date: '2026-11-04',
      dateline: { city: 'الجهراء', day: 4, month: 11 },
      headline: 'افتتح محافظ الجهراء اليوم حديقة عامة جديدة على مساحة 30 ألف متر مربع',
      paragraphs: ['افتتح محافظ الجهراء اليوم حديقة عامة جديدة على مساحة 30 ألف متر مربع.'],
      urgent: false,
      endMarker: true,
      editors: 'م ع ح',
      warnings: ['no date in the copy; used ingest time (2026-11-04)', 'dateline الجهراء has no day and month; took them from the date'],
    });
    expect(kuwait).toEqual({
      agency: 'KUNA',
      lang: 'ar',
      date: '2026-10-29',
      dateline: { city: 'الكويت', day: 29, month: 10 },
      headline: 'ارتفع مؤشر بورصة الكويت العام بنسبة 6ر0 في المئة في ختام تعاملات اليوم',
      paragraphs: ['ارتفع مؤشر بورصة الكويت العام بنسبة 6ر0 في المئة في ختام تعاملات اليوم.'],
      urgent: false,
      endMarker: true,
      editors: null,
      warnings: ['year 2026 guessed from ingest time (2026-11-04): the dateline has no year'],
    });
  });
});

describe('real wire forms: briefings', () => {
  it('reads "Briefing of KUNA main news for Monday": each item a dispatch with its city and the briefing’s date', () => {
    const items = read(form('kuna-en-briefing.txt'));
    const briefing = 'briefing "Briefing of KUNA main news for Monday until 12:00 GMT"';
    const common = { agency: 'KUNA', lang: 'en', date: '2026-11-02', urgent: false };
    const warnings = (n: number) => ['1 line(s) of page furniture dropped', `item ${n} of 4 of ${briefing}`, 'date 2026-11-02: the latest monday not after ingest time (2026-11-04)'];
    expect(items).toEqual([
      {
        ...common,
        dateline: { city: 'KUWAIT', day: 2, month: 11 },
        headline: 'The Ministry of Health opened a third cancer screening clinic in Jahra, bringing free screening within reach of the…',
        paragraphs: ["The Ministry of Health opened a third cancer screening clinic in Jahra, bringing free screening within reach of the governorate's residents."],
        endMarker: false,
        editors: null,
        warnings: warnings(1),
      },
      {
        ...common,
        dateline: { city: 'KUWAIT', day: 2, month: 11 },
        headline: 'The Kuwait Meteorological Department forecast light rain over the weekend with temperatures falling to 14 degrees…',
        paragraphs: ['The Kuwait Meteorological Department forecast light rain over the weekend with temperatures falling to 14 degrees Celsius at night.'],
        endMarker: false,
        editors: null,
        warnings: warnings(2),
      },
      {
        ...common,
        dateline: { city: 'KUALA LUMPUR', day: 2, month: 11 },
        headline: 'Malaysia and Kuwait agreed to double direct flights between the two capitals from January, the Malaysian transport…',
        paragraphs: ['Malaysia and Kuwait agreed to double direct flights between the two capitals from January, the Malaysian transport minister said.'],
        endMarker: false,
        editors: null,
        warnings: warnings(3),
      },
      {
        ...common,
        dateline: { city: 'GENEVA', day: 2, month: 11 },
        headline: 'The World Health Organization said measles cases in the region fell by a third last year after a vaccination drive',
        paragraphs: ['The World Health Organization said measles cases in the region fell by a third last year after a vaccination drive.'],
        endMarker: true,
        editors: 'ibi',
        warnings: warnings(4),
      },
    ]);
  });

  it('reads "موجز أخبار كونا": Arabic items with -, -- and –, the briefing’s weekday giving the date', () => {
    const items = read(form('kuna-ar-briefing.txt'));
    expect(items.map((d) => [d.dateline?.city, d.date, d.agency, d.lang, d.paragraphs.length, d.endMarker, d.editors])).toEqual([
      ['الكويت', '2026-11-02', 'KUNA', 'ar', 1, false, null],
      ['الكويت', '2026-11-02', 'KUNA', 'ar', 1, false, null],
      ['كوالالمبور', '2026-11-02', 'KUNA', 'ar', 1, false, null],
      ['جنيف', '2026-11-02', 'KUNA', 'ar', 1, true, 'ر ج'],
    ]);
    expect(items[2]?.paragraphs).toEqual(['ماليزيا والكويت تتفقان على مضاعفة الرحلات الجوية المباشرة بين العاصمتين اعتبارا من يناير.']);
    expect(items[3]?.warnings).toEqual([
      'item 4 of 4 of briefing "موجز أخبار كونا ليوم الاثنين حتى الساعة 12ر00 بتوقيت غرينتش"',
      'date 2026-11-02: the latest الاثنين not after ingest time (2026-11-04)',
    ]);
    expect(items.every((d) => !d.urgent)).toBe(true);
  });

  it('takes a full date from the header, and reads a list of CITY - items without a header when the wrapper names the agency', () => {
    const dated = read('KUNA main news for Tuesday, May 24, 2022\nKUWAIT -- The cabinet met.\nPARIS -- Talks opened.\n');
    expect(dated.map((d) => [d.date, d.dateline?.city, d.warnings.at(-1)])).toEqual([
      ['2022-05-24', 'KUWAIT', 'date 2022-05-24 from the briefing\'s header'],
      ['2022-05-24', 'PARIS', 'date 2022-05-24 from the briefing\'s header'],
    ]);
    const bare = read('(MENAFN- Kuwait News Agency (KUNA)) KUWAIT - The cabinet met.\nCAIRO - Talks opened.\nRABAT - A fair closed. (end)\n');
    expect(bare.map((d) => [d.agency, d.dateline?.city, d.date])).toEqual([
      ['KUNA', 'KUWAIT', '2026-11-04'],
      ['KUNA', 'CAIRO', '2026-11-04'],
      ['KUNA', 'RABAT', '2026-11-04'],
    ]);
  });
});

describe('real wire forms: "Today in Kuwait\'s history"', () => {
  it('stores each item with its own historical year, the feature’s day and month, never as today’s news', () => {
    const items = read(form('kuna-en-history.txt'));
    expect(items.map((d) => [d.date, d.dateline?.city, d.agency, d.lang, d.urgent, d.endMarker, d.editors])).toEqual([
      ['1962-10-29', 'KUWAIT', 'KUNA', 'en', false, false, null],
      ['1990-10-29', 'KUWAIT', 'KUNA', 'en', false, false, null],
      ['2004-10-29', 'KUWAIT', 'KUNA', 'en', false, false, null],
      ['2011-10-29', 'KUWAIT', 'KUNA', 'en', false, false, null],
      ['2019-10-29', 'KUWAIT', 'KUNA', 'en', false, true, 'gta'],
    ]);
    expect(items[3]).toMatchObject({
      headline: 'The national handball team won the Gulf title in Bahrain',
      paragraphs: ['The national handball team won the Gulf title in Bahrain.'],
      warnings: ['history item 4 of 5 of "Today in Kuwait\'s history": dated in its own year 2011; not today\'s news'],
    });
    expect(items[4]?.paragraphs).toEqual(['Kuwait Fund for Arab Economic Development signed a loan to build two rural schools in Senegal.']);
  });

  it('reads "حدث في مثل هذا اليوم" with items led by a year and a single dash', () => {
    const items = read(form('kuna-ar-history.txt'));
    expect(items.map((d) => [d.date, d.dateline?.city, d.agency, d.lang, d.endMarker, d.editors])).toEqual([
      ['1962-10-29', 'الكويت', 'KUNA', 'ar', false, null],
      ['1990-10-29', 'الكويت', 'KUNA', 'ar', false, null],
      ['2019-10-29', 'الكويت', 'KUNA', 'ar', true, 'ع ف'],
    ]);
    expect(items[1]).toMatchObject({
      headline: 'طلبة الكويت في الخارج ينظمون مسيرات في عدد من العواصم الأوروبية للمطالبة بتحرير بلدهم',
      paragraphs: ['طلبة الكويت في الخارج ينظمون مسيرات في عدد من العواصم الأوروبية للمطالبة بتحرير بلدهم.'],
      warnings: ['history item 2 of 3 of "حدث في مثل هذا اليوم": dated in its own year 1990; not today\'s news'],
    });
  });

  it('reads a newspaper reprint: KUWAIT: before the first item, items run together, credit — KUNA at the end', () => {
    const items = read("Today in Kuwait's history\nKUWAIT: 1960 -- A first item. 1962 -- A second item.\n1984 -- A third item. — KUNA\n");
    expect(items.map((d) => [d.date, d.agency, d.dateline?.city, d.paragraphs])).toEqual([
      ['1960-11-04', 'KUNA', 'KUWAIT', ['A first item.']],
      ['1962-11-04', 'KUNA', 'KUWAIT', ['A second item.']],
      ['1984-11-04', 'KUNA', 'KUWAIT', ['A third item.']],
    ]);
  });

  it('takes the day and month from the source time when the feature has no dateline, and the agency from the source', () => {
    const items = read("Today in Kuwait's history\n1961 -- A first item.\n1975 -- A second item.\n", kunaCtx);
    expect(items.map((d) => [d.date, d.agency, d.dateline])).toEqual([
      ['1961-11-04', 'KUNA', null],
      ['1975-11-04', 'KUNA', null],
    ]);
    expect(items[0]?.warnings).toEqual([
      'agency KUNA from the source: the feature names none',
      "day and month 4/11 of the history items from the source's or ingest time",
      'no city in the dateline',
      'history item 1 of 2 of "Today in Kuwait\'s history": dated in its own year 1961; not today\'s news',
    ]);
    expect(reasons("Today in Kuwait's history\n1961 -- A first item.\n1975 -- A second item.\n")).toEqual([
      '"Today in Kuwait\'s history" names no agency, and the source gives none',
    ]);
  });
});

describe('real wire forms: urgent flashes without an agency marker', () => {
  it('stores URGENT, FLASH and عاجل flashes with the source’s agency, dated by the source time, and says so', () => {
    const cases = [
      ['flash-en-no-marker.txt', 'en', 'Kuwait Cabinet approves a new law on public tenders'],
      ['flash-en-flash-no-marker.txt', 'en', 'Boursa Kuwait suspends trading for one hour after a system fault'],
      ['flash-ar-no-marker.txt', 'ar', 'مجلس الوزراء يقر مشروع قانون المناقصات العامة'],
    ] as const;
    for (const [file, lang, text] of cases) {
      expect(read(form(file), parseContextFor(now, '2026-11-03T21:15:00Z', 'KUNA'))).toEqual([
        {
          agency: 'KUNA',
          lang,
          date: '2026-11-03',
          dateline: null,
          headline: text,
          paragraphs: [text],
          urgent: true,
          endMarker: false,
          editors: null,
          warnings: ['agency KUNA from the source: the flash names none', "no date in the copy; used the source's time (2026-11-03)"],
        },
      ]);
    }
  });

  it('keeps a flash that names no agency from a source that gives none, as agency UNKNOWN, and says so', () => {
    for (const name of ['flash-en-no-marker.txt', 'flash-ar-no-marker.txt']) {
      const [flash] = read(form(name));
      expect(flash).toMatchObject({ agency: 'UNKNOWN', urgent: true, date: '2026-11-04' });
      expect(flash!.warnings).toContain('agency unknown: the flash names none and its source gives none (ingest --agency NAME sets it)');
    }
  });

  it("gives a flash that names no agency the agency of the other dispatches in its text", () => {
    const text = `KUWAIT, Nov 4 (KUNA) -- The Cabinet approved a law on public tenders on Wednesday, a minister said.\n(end) ab.cd\n\n${form('flash-en-no-marker.txt').trim()}\n`;
    const [full, flash] = read(text);
    expect(full).toMatchObject({ agency: 'KUNA', urgent: false });
    expect(flash).toMatchObject({ agency: 'KUNA', urgent: true });
    expect(flash!.warnings).toContain('agency KUNA from the source: the flash names none');
  });
});
