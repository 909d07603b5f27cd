import { describe, expect, it } from 'vitest';
import type { ParsedDispatch } from '../../src/dispatch/dispatch-types.js';
import { parseContextFor } from '../../src/dispatch/parse-context-for.js';
import { parseWireText } from '../../src/dispatch/parse-wire-text.js';

// Forms of KUNA copy (a closing credit line, a history item's closing signature, a briefing's header)
// written by another listed agency, WAM, SPA or QNA, in our own sentences: read as KUNA's are.
const now = new Date('2026-11-04T09:00:00Z');
const ctx = parseContextFor(now);

function read(text: string): ParsedDispatch[] {
  return parseWireText(text, ctx).map(({ result }) => {
    if (!result.ok) throw new Error(result.reason);
    return result.dispatch;
  });
}

describe('a closing credit line of another agency', () => {
  it.each([
    ['Source: WAM', 'WAM'],
    ['Source: Saudi Press Agency', 'SPA'],
  ])('drops "%s" from a reprint\'s paragraphs and takes its agency', (credit, agency) => {
    const text = `Desert school opens its doors\nRIYADH: A school for the children of herders opened in the desert on Sunday, the ministry said.\nIt has six classrooms and a clinic.\n${credit}\n`;
    const [dispatch] = read(text);
    expect(dispatch?.agency).toBe(agency);
    expect(dispatch?.paragraphs).toEqual(['A school for the children of herders opened in the desert on Sunday, the ministry said.', 'It has six classrooms and a clinic.']);
  });

  it('drops `المصدر: قنا` from Arabic copy', () => {
    const text = 'افتتاح مدرسة في الصحراء\nالدوحة: افتتحت الوزارة مدرسة لأبناء البادية يوم الأحد وتضم ستة فصول وعيادة.\nوقال مدير المدرسة إنها تستقبل مئة طالب.\nالمصدر: قنا\n';
    const [dispatch] = read(text);
    expect(dispatch?.agency).toBe('QNA');
    expect(dispatch?.paragraphs).toEqual(['افتتحت الوزارة مدرسة لأبناء البادية يوم الأحد وتضم ستة فصول وعيادة.', 'وقال مدير المدرسة إنها تستقبل مئة طالب.']);
  });
});

describe('a history item signed by another agency', () => {
  it('strips a closing `— WAM` or `- واس` from the item, as `— KUNA`', () => {
    const english = read('Today in history\nABU DHABI, Nov 4 (WAM) --\n1971 -- A first item.\n1980 -- A second item. — WAM\n');
    expect(english.map((d) => [d.agency, d.paragraphs])).toEqual([
      ['WAM', ['A first item.']],
      ['WAM', ['A second item.']],
    ]);
    const arabic = read('حدث في مثل هذا اليوم\nالرياض - 4 - 11 (واس) --\n1965 -- افتتاح أول مدرسة للبنات في المدينة.\n1982 -- افتتاح المستشفى الجديد. - واس\n');
    expect(arabic.map((d) => [d.agency, d.paragraphs])).toEqual([
      ['SPA', ['افتتاح أول مدرسة للبنات في المدينة.']],
      ['SPA', ['افتتاح المستشفى الجديد.']],
    ]);
  });
});

describe("another agency's \"Today in … history\"", () => {
  it.each([
    ["Today in Qatar's history", 'DOHA, Nov 4 (QNA) --', 'QNA'],
    ['Today in UAE history', 'ABU DHABI, Nov 4 (WAM) --', 'WAM'],
  ])('reads "%s" with a single item as the feature, dated in the item\'s year', (header, dateline, agency) => {
    const [item, ...rest] = read(`${header}\n${dateline}\n1971 -- A first item.\n`);
    expect(rest).toEqual([]);
    expect([item?.agency, item?.date, item?.paragraphs]).toEqual([agency, '1971-11-04', ['A first item.']]);
  });
});

describe('an Arabic briefing of another agency', () => {
  it.each([
    ['موجز أخبار وام ليوم الاثنين', 'WAM'],
    ['موجز أخبار قنا ليوم الاثنين', 'QNA'],
    ['موجز الأخبار لكونا ليوم الاثنين', 'KUNA'],
  ])('takes the agency its header "%s" names without brackets', (header, agency) => {
    const items = read(`${header}\nأبوظبي - افتتاح معرض للكتاب يضم ألف دار نشر.\nالعين - أمطار خفيفة على المناطق الشرقية مساء اليوم.\n`);
    expect(items.map((d) => [d.agency, d.dateline?.city])).toEqual([
      [agency, 'أبوظبي'],
      [agency, 'العين'],
    ]);
  });

  it('takes no marker inside a longer word for the agency (`دوام` holds `وام`)', () => {
    const [item] = parseWireText('موجز أخبار الدوام المدرسي\nأبوظبي - بدء الدوام الشتوي في المدارس.\nالعين - أمطار خفيفة مساء اليوم.\n', ctx);
    expect(item?.result).toMatchObject({ ok: false });
  });
});

describe('a photo caption credited to another agency', () => {
  it.each(['WAM', 'SPA', 'QNA'])('drops a caption ending "– %s photo", as "– KUNA photo"', (agency) => {
    const text = `ABU DHABI, Nov 3 (WAM) -- A date palm fair opened in Abu Dhabi on Tuesday with 200 growers.\nABU DHABI: Growers set out their dates at the fair. – ${agency} photo\nIt runs until Saturday. (end)\n`;
    const [dispatch] = read(text);
    expect(dispatch?.paragraphs).toEqual(['A date palm fair opened in Abu Dhabi on Tuesday with 200 growers.', 'It runs until Saturday.']);
  });
});
