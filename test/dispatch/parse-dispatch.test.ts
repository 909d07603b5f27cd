import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDispatch } from '../../src/dispatch/dispatch-types.js';
import { type ParseResult, parseDispatch } from '../../src/dispatch/parse-dispatch.js';
import { seedPath } from '../helpers/seed-path.js';

const wire = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/wire/${name}`, import.meta.url)), 'utf8');
const ctx = { year: 2026 };

function parsed(result: ParseResult): ParsedDispatch & { warnings: string[] } {
  if (!result.ok) throw new Error(`expected a dispatch, got: ${result.reason}`);
  return { ...result.dispatch, warnings: result.warnings };
}
const reasonOf = (result: ParseResult) => (result.ok ? `parsed: ${result.dispatch.headline}` : result.reason);

describe('parseDispatch: the seed', () => {
  const bytes = readFileSync(seedPath);
  const d = parsed(parseDispatch(bytes.toString('utf8'), ctx));

  it('reads agency, language, date and dateline', () => {
    expect(d.agency).toBe('KUNA');
    expect(d.lang).toBe('ar');
    expect(d.date).toBe('2026-02-04');
    expect(d.dateline).toEqual({ city: 'بكين', day: 4, month: 2 });
    expect(d.urgent).toBe(false);
    expect(d.warnings).toEqual([]);
  });

  it('keeps nine paragraphs without the dateline prefix, end marker or initials', () => {
    expect(d.paragraphs).toHaveLength(9);
    expect(d.paragraphs[0]).toMatch(/^أكد الرئيس الصيني/);
    expect(d.paragraphs[8]).toMatch(/بتطور العلاقات بين البلدين\.$/);
    expect(d.paragraphs.join('\n')).not.toContain('(النهاية)');
    expect(d.paragraphs.join('\n')).not.toContain('(كونا)');
    expect(d.endMarker).toBe(true);
    expect(d.editors).toBe('س ل ق / ن ع ع');
  });

  it('marks the last paragraph as repeating the one about Moscow’s readiness, and keeps both', () => {
    const of = d.paragraphs.findIndex((p) => p.startsWith('وأعرب عن استعداد موسكو'));
    expect(of).toBe(6);
    expect(d.repeats).toEqual([{ paragraph: 8, of: 6 }]);
    expect(d.paragraphs[8]).toMatch(/^وأعرب عن استعداد موسكو/);
  });

  it('derives the headline from the lead and keeps raw byte for byte', () => {
    expect(d.headlineDerived).toBe(true);
    expect(d.headline).toMatch(/^أكد الرئيس الصيني شي جين بينغ/);
    expect(d.headline.endsWith('…')).toBe(true);
    expect(d.headline.length).toBeLessThanOrEqual(121);
    expect(Buffer.from(d.raw, 'utf8').equals(bytes)).toBe(true);
  });
});

describe('parseDispatch: English and other agencies', () => {
  it('reads an English KUNA dispatch with (end) on its own line and lowercase initials', () => {
    const d = parsed(parseDispatch(wire('kuna-en-end-own-line.txt'), ctx));
    expect(d).toMatchObject({ agency: 'KUNA', lang: 'en', date: '2026-02-04', dateline: { city: 'KUWAIT', day: 4, month: 2 } });
    expect(d.paragraphs).toHaveLength(3);
    expect(d.paragraphs[0]).toMatch(/^Kuwait's Ministry of Electricity/);
    expect(d.paragraphs[2]).toMatch(/hotline 152\.$/);
    expect(d).toMatchObject({ endMarker: true, editors: 'ast.gb', headlineDerived: true });
    expect(d.headline).toMatch(/^Kuwait's Ministry of Electricity, Water and Renewable Energy said on Wednesday .*…$/);
  });

  it('takes the headline line, the date line’s date, a glued (end) and initials with a slash', () => {
    const d = parsed(parseDispatch(wire('kuna-en-headline.txt'), ctx));
    expect(d.headline).toBe('Kuwait calls for ceasefire in Sudan at UN General Assembly');
    expect(d.headlineDerived).toBe(false);
    expect(d.date).toBe('2026-09-30');
    expect(d.dateline).toEqual({ city: 'NEW YORK', day: 30, month: 9 });
    expect(d.paragraphs).toHaveLength(3);
    expect(d.paragraphs[2]).toMatch(/negotiating table\.$/);
    expect(d).toMatchObject({ endMarker: true, editors: 'ast.gb/ms' });
  });

  it.each([
    ['wam-ar-abu-dhabi.txt', 'WAM', 'ar', { city: 'أبوظبي', day: 9, month: 2 }, '2026-02-09'],
    ['spa-en-riyadh.txt', 'SPA', 'en', { city: 'RIYADH', day: 10, month: 2 }, '2026-02-10'],
    ['qna-ar-doha.txt', 'QNA', 'ar', { city: 'الدوحة', day: 11, month: 2 }, '2026-02-11'],
  ])('reads the agency marker of %s as %s', (file, agency, lang, dateline, date) => {
    const d = parsed(parseDispatch(wire(file), ctx));
    expect(d).toMatchObject({ agency, lang, dateline, date, endMarker: true, editors: null });
    expect(d.paragraphs).toHaveLength(2);
    expect(d.paragraphs.join(' ')).not.toMatch(/\((?:وام|SPA|قنا|end|النهاية)\)/);
  });

  it('reads full and abbreviated English month names', () => {
    const dispatch = (dateline: string) => parseDispatch(`${dateline} (KUNA) -- Kuwait's oil price rose on Monday, KPC said.\n(end)\n`, ctx);
    expect(parsed(dispatch('LONDON, February 4')).dateline).toEqual({ city: 'LONDON', day: 4, month: 2 });
    expect(parsed(dispatch('NEW YORK, Sept 30')).dateline).toEqual({ city: 'NEW YORK', day: 30, month: 9 });
    expect(parsed(dispatch('PARIS, Dec. 1')).dateline).toEqual({ city: 'PARIS', day: 1, month: 12 });
  });

  it('reads a city abroad that carries its country as the city alone, as the Arabic dateline names it', () => {
    const d = parsed(parseDispatch("FUJAIRAH, UAE, May 5 (KUNA) -- Kuwait's Hamad Al-Ajmy won gold on Tuesday.\n(end)\n", ctx));
    expect(d.dateline).toEqual({ city: 'FUJAIRAH', day: 5, month: 5 });
    expect(d.paragraphs[0]).toBe("Kuwait's Hamad Al-Ajmy won gold on Tuesday.");
    expect(parsed(parseDispatch('WASHINGTON, D.C., March 2 (KUNA) -- Kuwait signed a deal on Monday.\n(end)\n', ctx)).dateline).toEqual({ city: 'WASHINGTON', day: 2, month: 3 });
  });
});

describe('parseDispatch: text as it arrives', () => {
  it('reads Arabic-Indic digits in the date line and dateline, and a city of two words', () => {
    const d = parsed(parseDispatch(wire('kuna-ar-indic-date.txt'), ctx));
    expect(d.date).toBe('2026-02-05');
    expect(d.dateline).toEqual({ city: 'مدينة الكويت', day: 5, month: 2 });
    expect(d.headline).toBe('وزارة الصحة تطلق حملة التطعيم الموسمية ضد الانفلونزا');
    expect(d.paragraphs[2]).toContain('١٠٤ مراكز صحية'); // paragraphs keep the digits as written
    expect(d.editors).toBe('م ع ح / ع ب ر');
  });

  it('strips BOM and CRLF for parsing but keeps them in raw', () => {
    const text = wire('kuna-ar-bom-crlf.txt');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const d = parsed(parseDispatch(text, ctx));
    expect(d.raw).toBe(text);
    expect(d.date).toBe('2026-02-04');
    expect(d.paragraphs).toHaveLength(3);
    expect(d.paragraphs[0]).toMatch(/^أعلنت الإدارة العامة للأرصاد/);
    expect(d.paragraphs.some((p) => p.includes('\r') || p.includes('\uFEFF'))).toBe(false);
    expect(d).toMatchObject({ endMarker: true, editors: 'ع ف / ن ع ع' });
  });

  it('matches markers through tatweel and tashkeel; paragraphs drop tatweel and keep tashkeel', () => {
    const d = parsed(parseDispatch(wire('kuna-ar-tashkeel-tatweel.txt'), ctx));
    expect(d.agency).toBe('KUNA');
    expect(d.dateline).toEqual({ city: 'الكويت', day: 6, month: 2 });
    expect(d.paragraphs).toHaveLength(2);
    expect(d.paragraphs[0]).toMatch(/^افْتَتَحَ وزيرُ التربيةِ/);
    expect(d.paragraphs[0]).toContain('المَدْرَسِيّ السنوي');
    expect(d.paragraphs.join('')).not.toContain('\u0640');
    expect(d).toMatchObject({ endMarker: true, editors: 'س ع / ن ع ع' });
  });

  it('collapses stray blank lines and runs of spaces', () => {
    const d = parsed(parseDispatch(wire('kuna-ar-stray-blank-lines.txt'), ctx));
    expect(d.date).toBe('2026-02-07');
    expect(d.paragraphs).toEqual([
      'نظمت جمعية الهلال الأحمر الكويتية اليوم السبت حملة للتبرع بالدم في محافظة الجهراء بالتعاون مع بنك الدم المركزي.',
      'وقالت الجمعية في بيان إن الحملة شهدت إقبالا واسعا من المتطوعين.',
    ]);
    expect(d).toMatchObject({ endMarker: true, editors: 'ع ه / ن ع ع' });
  });

  it('takes a short last line of initials as editors when the end marker is missing', () => {
    const d = parsed(parseDispatch(wire('kuna-en-no-end-marker.txt'), ctx));
    expect(d).toMatchObject({ endMarker: false, editors: 'ast.gb', date: '2026-02-08' });
    expect(d.paragraphs).toHaveLength(2);
    expect(d.paragraphs[1]).toMatch(/said in a statement\.$/);
  });

  it('has no editors and no end marker when neither is there', () => {
    const d = parsed(parseDispatch('الكويت - 4 - 2 (كونا) -- افتتح محافظ الأحمدي اليوم الأربعاء مركزا صحيا جديدا في منطقة الفنطاس.\n', ctx));
    expect(d).toMatchObject({ endMarker: false, editors: null, paragraphs: ['افتتح محافظ الأحمدي اليوم الأربعاء مركزا صحيا جديدا في منطقة الفنطاس.'] });
    expect(d.headline).toBe('افتتح محافظ الأحمدي اليوم الأربعاء مركزا صحيا جديدا في منطقة الفنطاس');
  });

  it('reads a dateline that stands on its own line', () => {
    const d = parsed(parseDispatch('KUWAIT, Feb 4 (KUNA) --\nThe Kuwait Fund signed a loan agreement with Uzbekistan on Wednesday.\n(END)\n', ctx));
    expect(d.paragraphs).toEqual(['The Kuwait Fund signed a loan agreement with Uzbekistan on Wednesday.']);
    expect(d.endMarker).toBe(true);
  });

  it('uses the date line when the dateline disagrees, and says so', () => {
    const d = parsed(parseDispatch('Date : 05/02/2026\nKUWAIT, Feb 4 (KUNA) -- The Central Bank of Kuwait kept its discount rate unchanged.(end)\n', ctx));
    expect(d.date).toBe('2026-02-05');
    expect(d.warnings).toEqual([expect.stringMatching(/date line 2026-02-05 and dateline 4\/2 disagree; used the date line/)]);
  });

  it('keeps an English abbreviation inside the derived headline', () => {
    const d = parsed(parseDispatch('WASHINGTON, Feb 4 (KUNA) -- U.S. officials met a Kuwaiti delegation on Wednesday. Talks covered trade.\n', ctx));
    expect(d.headline).toBe('U.S. officials met a Kuwaiti delegation on Wednesday');
  });
});

describe('parseDispatch: flashes', () => {
  const withDate = { year: 2026, date: '2026-02-13' };

  it('reads an Arabic flash as one urgent paragraph dated by the ingest date, with a warning', () => {
    const d = parsed(parseDispatch(wire('flash-ar.txt'), withDate));
    expect(d).toMatchObject({ agency: 'KUNA', lang: 'ar', urgent: true, dateline: null, date: '2026-02-13', endMarker: false, editors: null });
    expect(d.paragraphs).toEqual(['مجلس الوزراء يوافق على مشروع الميزانية العامة للدولة للسنة المالية 2026/2027']);
    expect(d.headline).toBe(d.paragraphs[0]);
    expect(d.warnings).toEqual(['no date in flash; used ingest date']);
  });

  it('reads an English URGENT flash and a FLASH with a date line', () => {
    const urgent = parsed(parseDispatch(wire('flash-en.txt'), withDate));
    expect(urgent).toMatchObject({ agency: 'KUNA', lang: 'en', urgent: true, paragraphs: ['Kuwait Foreign Minister receives credentials copy of new Japanese ambassador'] });
    const flash = parsed(parseDispatch('Date : 12/02/2026\nFLASH -- Kuwait stocks close 1.2 percent higher (KUNA)\n', withDate));
    expect(flash).toMatchObject({ date: '2026-02-12', urgent: true, paragraphs: ['Kuwait stocks close 1.2 percent higher'] });
    expect(flash.warnings).toEqual([]);
  });

  it('reads the dash form of an Arabic flash and a flash carrying a dateline', () => {
    expect(parsed(parseDispatch('عاجل - الكويت تدين الهجوم على قافلة إغاثة في السودان (كونا)', withDate)).paragraphs).toEqual(['الكويت تدين الهجوم على قافلة إغاثة في السودان']);
    const d = parsed(parseDispatch('URGENT -- KUWAIT, Feb 4 (KUNA) -- Kuwait Cabinet approves state budget', withDate));
    expect(d).toMatchObject({ urgent: true, dateline: { city: 'KUWAIT', day: 4, month: 2 }, date: '2026-02-04', paragraphs: ['Kuwait Cabinet approves state budget'] });
  });

  it('takes عاجل before a headline over a dateline as urgent, without the prefix in the headline', () => {
    const d = parsed(parseDispatch(wire('kuna-ar-urgent-headline.txt'), ctx));
    expect(d).toMatchObject({ urgent: true, headlineDerived: false, headline: 'وزير الخارجية يتسلم نسخة من أوراق اعتماد سفير اليابان الجديد', editors: 'ن ع ع' });
    expect(d.paragraphs).toHaveLength(2);
  });

  it('rejects a flash that has no date anywhere and no ingest date, rather than guessing one', () => {
    expect(reasonOf(parseDispatch(wire('flash-en.txt'), ctx))).toMatch(/flash has no date line or dateline, and no ingest date/);
  });

  it('keeps a flash without an agency marker as agency UNKNOWN, with a warning', () => {
    const result = parseDispatch('URGENT -- Kuwait Cabinet approves state budget', withDate);
    expect(result.ok && result.dispatch.agency).toBe('UNKNOWN');
    expect(result.ok && result.warnings).toContain('agency unknown: the flash names none and its source gives none (ingest --agency NAME sets it)');
  });
});

describe('parseDispatch: rejections', () => {
  it('rejects a date line with no body', () => {
    expect(reasonOf(parseDispatch('التاريخ : 04/02/2026\n\n', ctx))).toBe('date line 04/02/2026 has no dispatch body');
  });

  it('rejects a date that does not exist, from the date line or the dateline', () => {
    expect(reasonOf(parseDispatch('Date : 31/02/2026\nKUWAIT, Feb 4 (KUNA) -- Text.(end)', ctx))).toBe('date 31/02/2026 does not exist');
    expect(reasonOf(parseDispatch('التاريخ : ٠١/١٣/٢٠٢٦\nالكويت - 1 - 1 (كونا) -- نص.', ctx))).toBe('date 01/13/2026 does not exist');
    expect(reasonOf(parseDispatch('KUWAIT, Feb 30 (KUNA) -- Text of the dispatch.(end)', ctx))).toMatch(/^date 30\/02\/2026 .*does not exist$/);
  });

  it('rejects text with no dateline and no flash form', () => {
    expect(reasonOf(parseDispatch('Dear desk,\nplease find attached the schedule for next week.\n', ctx))).toBe(
      'no dateline with an agency marker such as (كونا) or (KUNA) found',
    );
    expect(reasonOf(parseDispatch('LONDON, Feb 4 (Reuters) -- Oil rose on Wednesday.', ctx))).toMatch(/no dateline with an agency marker/);
  });

  it('rejects a 3 MB single line, naming its length', () => {
    const line = `KUWAIT, Feb 4 (KUNA) -- ${'word '.repeat(700_000)}`.slice(0, 3 * 1024 * 1024);
    expect(reasonOf(parseDispatch(line, ctx))).toBe('line of 3,145,728 characters is too long for a dispatch');
  });

  it('rejects a dateline with no text after it', () => {
    expect(reasonOf(parseDispatch('KUWAIT, Feb 4 (KUNA) --\n(end)\nast.gb', ctx))).toBe('dispatch has a dateline but no text');
  });
});
