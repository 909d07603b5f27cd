import { describe, expect, it } from 'vitest';
import { parseQuestionDates, tellsOfMonth } from '../../src/answer/parse-question-dates.js';

const now = new Date('2026-02-10T06:00:00Z');

describe('parseQuestionDates', () => {
  it.each([
    ['What happened on Feb 6?', '2026-02-06'],
    ['what did the minister say on 6th February', '2026-02-06'],
    ['ماذا حدث يوم 6 فبراير؟', '2026-02-06'],
    ['ماذا حدث في ٣ فبراير', '2026-02-03'],
    // a day that closes a clause: before a colon, a semicolon (Latin or Arabic) or an exclamation mark
    ['خبر يوم 6 فبراير: كم سيارة بيعت؟', '2026-02-06'],
    ['في 6 فبراير؛ شنو قرر المجلس؟', '2026-02-06'],
  ])('reads the day in %s and leaves it out of the topic words', (question, day) => {
    const dates = parseQuestionDates(question, now);
    expect(dates.range).toEqual({ since: day, until: day });
    expect(dates.rest).not.toMatch(/feb|فبراير|6|٣|3/i);
  });

  it.each([
    ['latest on the flu campaign', true],
    ['ما آخر أخبار حملة التطعيم', true],
    ['What did Putin say about BRICS', false],
    ['what was the last match of the Gulf Cup', true],
    ['How long did the fireworks show last?', false],
    ['how long will the vaccination campaign last', false],
    ['is the drive expected to last two weeks', false],
  ])('tells whether %s asks for the newest', (question, latest) => {
    const dates = parseQuestionDates(question, now);
    expect(dates.latest).toBe(latest);
    expect(dates.rest).not.toMatch(/latest|آخر/);
  });

  it.each([
    ['وش آخر خبر عن الطقس في الكويت؟', 'Asia/Kuwait', /الطقس/, /خبر/],
    ['ما آخر مستجدات حملة التطعيم', 'Europe/London', /حملة/, /مستجدات/],
    ['what is the latest news on the flu campaign?', 'Asia/Kuwait', /flu campaign/, /news/],
    ['any latest updates about the flu campaign', 'Europe/London', /flu campaign/, /updates/],
  ])('"%s" (%s): the word for news after "latest" is no topic', (question, zone, kept, dropped) => {
    const dates = parseQuestionDates(question, now, zone);
    expect(dates.latest).toBe(true);
    expect(dates.rest).toMatch(kept);
    expect(dates.rest).not.toMatch(dropped);
  });

  it.each([
    'what is the last day to register for the marathon?',
    'when is the last date for paying the fee',
    'is this the last chance to apply for the grant',
    'متى آخر موعد للتسجيل في الماراثون؟',
    'شنو آخر يوم لدفع الرسوم',
    'متى تنتهي آخر مهلة لتسوية المخالفات',
    'هل هذه آخر فرصة للتقديم على المنحة',
  ])('"%s": the last day, date, chance is a deadline asked, not the newest', (question) => {
    expect(parseQuestionDates(question, now).latest).toBe(false);
  });

  it.each([
    ['كم صارت القيمة السوقية للبورصة آخر الأسبوع؟', 'Asia/Kuwait'],
    ['شو صار آخر الشهر بالبورصة', 'Europe/London'],
    ['وش صار نهاية الأسبوع', 'Asia/Kuwait'],
  ])('"%s" (%s): آخر before a span of time is its end, not the newest; the span stays a topic word', (question, zone) => {
    const dates = parseQuestionDates(question, now, zone);
    expect(dates.latest).toBe(false);
    expect(dates.rest).toMatch(/الأسبوع|الشهر/);
    expect(dates.rest).not.toMatch(/آخر|نهاية/);
  });

  it('reads الحين ("now") as no day: the news of now may have been filed before today', () => {
    const dates = parseQuestionDates('كم سعر البنزين الحين؟', now, 'Asia/Kuwait');
    expect(dates.range).toBeUndefined();
    expect(dates.latest).toBe(false);
  });

  it('reads `في اليوم` closing the question as a rate\'s period (a day), not today; `اليوم` elsewhere as today', () => {
    expect(parseQuestionDates('وحدة الصدفية كم مريض تعالج في اليوم؟', now, 'Asia/Kuwait').range).toBeUndefined();
    expect(parseQuestionDates('كم مريض تعالج الوحدة في اليوم', now, 'Asia/Kuwait').range).toBeUndefined();
    expect(parseQuestionDates('وش صار اليوم؟', now, 'Asia/Kuwait').range).toEqual({ since: '2026-02-10', until: '2026-02-10' });
    expect(parseQuestionDates('في أخبار اليوم، كم مريض؟', now, 'Asia/Kuwait').range).toEqual({ since: '2026-02-10', until: '2026-02-10' });
    expect(parseQuestionDates('في اليوم كم مريض راجع؟', now, 'Asia/Kuwait').range).toEqual({ since: '2026-02-10', until: '2026-02-10' });
  });

  it('drops weekdays, which every dispatch names, from the topic words', () => {
    expect(parseQuestionDates('Will it rain in Kuwait this weekend?', now).rest).not.toMatch(/weekend/);
    expect(parseQuestionDates('هل ستهطل أمطار على الكويت يوم الجمعة؟', now).rest).not.toMatch(/الجمعة/);
  });
});

describe('relative dates, resolved in the asker\'s time zone', () => {
  // 22:30 UTC on Tuesday 10 February: already Wednesday 11 February in Kuwait (UTC+3), still Tuesday in London.
  const late = new Date('2026-02-10T22:30:00Z');
  it.each([
    ['what happened today?', 'Asia/Kuwait', { since: '2026-02-11', until: '2026-02-11' }],
    ['what happened today?', 'Europe/London', { since: '2026-02-10', until: '2026-02-10' }],
    ['how did the Boursa do yesterday?', 'Asia/Kuwait', { since: '2026-02-10', until: '2026-02-10' }],
    ['how did the Boursa do yesterday?', 'Europe/London', { since: '2026-02-09', until: '2026-02-09' }],
    ['شو صار بالبورصة أمس؟', 'Asia/Kuwait', { since: '2026-02-10', until: '2026-02-10' }],
    ['ايش صار امس', 'Europe/London', { since: '2026-02-09', until: '2026-02-09' }],
    ['ماذا حدث اليوم', 'Asia/Kuwait', { since: '2026-02-11', until: '2026-02-11' }],
    ['what did the cabinet decide last Wednesday?', 'Asia/Kuwait', { since: '2026-02-04', until: '2026-02-04' }],
    ['what did the cabinet decide last Wednesday?', 'Europe/London', { since: '2026-02-04', until: '2026-02-04' }],
    ['what did the cabinet decide last Monday?', 'Europe/London', { since: '2026-02-09', until: '2026-02-09' }],
    ['شو قرر مجلس الوزراء الأربعاء الماضي؟', 'Asia/Kuwait', { since: '2026-02-04', until: '2026-02-04' }],
    // the week starts on Sunday in Kuwait, on Monday in London
    ['how did the bourse do this week', 'Asia/Kuwait', { since: '2026-02-08', until: '2026-02-11' }],
    ['شو أداء البورصة هالأسبوع؟', 'Europe/London', { since: '2026-02-09', until: '2026-02-10' }],
    ['ماذا حدث الأسبوع الماضي', 'Asia/Kuwait', { since: '2026-02-01', until: '2026-02-07' }],
    ['what happened last week', 'Europe/London', { since: '2026-02-02', until: '2026-02-08' }],
    // the possessive written without its apostrophe
    ['saw it in yesterdays roundup, how many ferries sailed', 'Asia/Kuwait', { since: '2026-02-10', until: '2026-02-10' }],
    ['todays bulletin: who opened the bridge', 'Asia/Kuwait', { since: '2026-02-11', until: '2026-02-11' }],
  ])('%s (%s)', (question, zone, range) => {
    const dates = parseQuestionDates(question, late, zone);
    expect(dates.range).toEqual(range);
    expect(dates.rest).not.toMatch(/today|yesterday|week|wednesday|monday|أمس|امس|اليوم|الأسبوع|هالأسبوع|الأربعاء/i);
  });

  it('leaves "this year" out of the topic words without filtering', () => {
    expect(parseQuestionDates('What are the National Day holidays this year?', late)).toMatchObject({ rest: expect.not.stringMatching(/year/) });
    expect(parseQuestionDates('كم تكلفة الاحتفالات هذا العام؟', late).rest).not.toMatch(/العام/);
    expect(parseQuestionDates('كم تكلفة الاحتفالات هذا العام؟', late).range).toBeUndefined();
  });

  it('leaves "the month of" before a month\'s name out of the topic words, and "month" elsewhere in', () => {
    expect(parseQuestionDates('كم نسبة التضخم لشهر يناير؟', late)).toMatchObject({ month: 1, rest: expect.not.stringMatching(/شهر/) });
    expect(parseQuestionDates('كم إجمالي رواتب شهر مارس؟', late)).toMatchObject({ month: 3, rest: expect.stringMatching(/رواتب\s+مارس/) });
    expect(parseQuestionDates('What was inflation in the month of January?', late)).toMatchObject({ month: 1, rest: expect.not.stringMatching(/month/) });
    expect(parseQuestionDates('كم شهر استمر المعرض؟', late).rest).toMatch(/شهر/);
  });

  it('reads a year, and a day without one is the most recent such day', () => {
    expect(parseQuestionDates('What happened on 4 February 2026?', late).range?.since).toBe('2026-02-04');
    expect(parseQuestionDates('What happened on 4 February 2026?', late).rest).not.toMatch(/2026/);
    expect(parseQuestionDates('what happened on 20 December', late).range?.since).toBe('2025-12-20');
    expect(parseQuestionDates('شلون سكرت البورصة يوم الأحد 1 فبراير؟', late)).toMatchObject({ range: { since: '2026-02-01' } });
    expect(parseQuestionDates('شلون سكرت البورصة يوم الأحد 1 فبراير؟', late).rest).not.toMatch(/الأحد/);
  });

  it.each([
    ['what happened on 4/2/2026?', '2026-02-04'],
    ['ماذا حدث يوم 4/2', '2026-02-04'],
    ['news of 2026-02-04', '2026-02-04'],
    ['ماذا حدث في 4 من شهر فبراير', '2026-02-04'],
    ['What happened on February 4th, 2026?', '2026-02-04'],
  ])('reads the day in %s', (question, date) => {
    expect(parseQuestionDates(question, late).range).toEqual({ since: date, until: date });
  });

  it.each([
    'who said about 2.5 percent of people in kuwait have psoriasis?',
    'منو قالت إن تقريبا 2.5 في المية من الناس في الكويت عندهم صدفية؟',
    'how many visitors came, 1.5 million?',
    'did inflation reach 3.2%?',
    // A hyphenated pair without a year is a score, not 6 March.
    'who told KUNA Qadsia beat Salmiya 6-3 in the floorball opener?',
    'منو قال إن القادسية فاز على السالمية 6-3؟',
  ])('reads no day out of a decimal or a score in %s', (question) => {
    const dates = parseQuestionDates(question, late);
    expect(dates.range).toBeUndefined();
    expect(dates.named).toBeUndefined();
    expect(dates.rest).toMatch(/\d[.-]\d/);
  });

  it('reads a day written with hyphens when it carries its year, with slashes without it', () => {
    expect(parseQuestionDates('ماذا حدث يوم 4-2-2026؟', late).range).toEqual({ since: '2026-02-04', until: '2026-02-04' });
    expect(parseQuestionDates('ماذا حدث يوم 4/2؟', late).range).toEqual({ since: '2026-02-04', until: '2026-02-04' });
  });

  it('takes the يوم or في before a day written in figures with the date, as before a month name', () => {
    const dates = parseQuestionDates('منو قال إن السفينة غرقت في الأربعينات، حسب خبر يوم 11/11؟', late);
    expect(dates.range?.since).toMatch(/-11-11$/);
    expect(dates.rest).not.toMatch(/يوم/);
    expect(parseQuestionDates('شنو صار في 4/2؟', late).rest).not.toMatch(/(?:^|\s)في(?:\s|$)/);
  });

  it('reads a day written with dots when it carries its year', () => {
    expect(parseQuestionDates('ماذا حدث يوم 4.2.2026؟', late).range).toEqual({ since: '2026-02-04', until: '2026-02-04' });
  });

  it('reads no day out of the last two digits of a year standing before a month name', () => {
    expect(parseQuestionDates('كم عدد الزوار في 2025 مارس؟', late).range).toBeUndefined();
    expect(parseQuestionDates('كم عدد الزوار في 25 مارس؟', late).range?.since).toMatch(/-03-25$/);
  });

  it('takes a bare weekday as a preference, not a filter', () => {
    expect(parseQuestionDates('شو دانت الكويت يوم الخميس؟', late, 'Asia/Kuwait')).toMatchObject({ prefer: '2026-02-05' });
    expect(parseQuestionDates('Will it rain on Friday?', late, 'Asia/Kuwait').range).toBeUndefined();
  });

  it('reads tomorrow as news filed today, in the asker\'s zone, and leaves the word out of the topic', () => {
    const today = '2026-02-11'; // 01:30 in Kuwait, still the 10th in UTC
    for (const question of ['any school tomorrow?', 'في دوام باجر؟', 'هل الدراسة غدا؟']) {
      const dates = parseQuestionDates(question, late, 'Asia/Kuwait');
      expect(dates).toMatchObject({ prefer: today });
      expect(dates.range).toBeUndefined();
      expect(dates.rest).not.toMatch(/tomorrow|باجر|غدا/u);
    }
  });

  describe('across a year boundary, in the asker\'s time zone', () => {
    // 02:00 UTC on 1 January 2027: already 1 January (a Friday) in Kuwait, still 31 December (a Thursday) in New York.
    const newYear = new Date('2027-01-01T02:00:00Z');

    it('reads "last month" asked in January as December of the year before, and in December as November', () => {
      expect(parseQuestionDates('what was inflation last month?', newYear, 'Asia/Kuwait')).toMatchObject({ month: 12, monthYear: 2026 });
      expect(parseQuestionDates('كم كانت نسبة التضخم الشهر الماضي؟', newYear, 'Asia/Kuwait')).toMatchObject({ month: 12, monthYear: 2026 });
      expect(parseQuestionDates('what was inflation last month?', newYear, 'America/New_York')).toMatchObject({ month: 11, monthYear: 2026 });
      expect(parseQuestionDates('what was inflation in December?', newYear, 'Asia/Kuwait').monthYear).toBeUndefined();
    });

    it('reads "this month" (`هالشهر`, `هذا الشهر`) as a time naming no day to filter on, not a topic "month" a passage must name', () => {
      for (const question of ['why do the herons gather on the coast this month?', 'ليش الطيور تتجمع عند الساحل هالشهر؟', 'كم زائر جاء هذا الشهر؟']) {
        const dates = parseQuestionDates(question, newYear, 'Asia/Kuwait');
        expect(dates.rest).not.toMatch(/month|شهر/u);
        expect(dates.range).toBeUndefined();
      }
    });

    it('takes a passage filed in "last month" of the year asked as telling of it, not one filed in that month a year earlier', () => {
      expect(tellsOfMonth('Prices rose 2 percent on the year.', '2026-12-15', 12, '', 2026)).toBe(true);
      expect(tellsOfMonth('Prices rose 2 percent on the year.', '2025-12-15', 12, '', 2026)).toBe(false);
      expect(tellsOfMonth('Prices rose 2 percent in December.', '2026-01-05', 12, '', 2026)).toBe(true);
    });

    it('reads "last week" and "yesterday" into the year before, each zone by its own week', () => {
      expect(parseQuestionDates('what happened last week?', newYear, 'Asia/Kuwait').range).toEqual({ since: '2026-12-20', until: '2026-12-26' });
      expect(parseQuestionDates('what happened last week?', newYear, 'America/New_York').range).toEqual({ since: '2026-12-21', until: '2026-12-27' });
      expect(parseQuestionDates('شو صار الأسبوع الماضي؟', newYear, 'Asia/Kuwait').range).toEqual({ since: '2026-12-20', until: '2026-12-26' });
      expect(parseQuestionDates('what happened yesterday?', newYear, 'Asia/Kuwait').range).toEqual({ since: '2026-12-31', until: '2026-12-31' });
      expect(parseQuestionDates('what happened yesterday?', newYear, 'America/New_York').range).toEqual({ since: '2026-12-30', until: '2026-12-30' });
    });

    it('leaves "last year" to the instances a passage tells (no days filtered, not "latest")', () => {
      const dates = parseQuestionDates('how much did the fair make last year?', newYear, 'Asia/Kuwait');
      expect(dates.latest).toBe(false);
      expect(dates.range).toBeUndefined();
      expect(dates.month).toBeUndefined();
    });

    it('reads a day named without a year in the asker\'s year: 31 December is last year in Kuwait, this year in New York', () => {
      expect(parseQuestionDates('what happened on 31 December?', newYear, 'Asia/Kuwait').range?.since).toBe('2026-12-31');
      expect(parseQuestionDates('what happened on 1 January?', newYear, 'America/New_York').range?.since).toBe('2026-01-01');
    });
  });
});

describe('the day a relative clause describes', () => {
  it('reads no today out of `اليوم اللي` (the day that), and keeps the weekday the question names', () => {
    const now = new Date('2026-11-13T12:00:00Z');
    const dates = parseQuestionDates('في خبر يوم الأربعاء عن الدوام من البيت: شنو قالت الوزارة عن اليوم اللي ما يصير يكون يوم الدوام من البيت؟', now, 'Asia/Kuwait');
    expect(dates.range).toBeUndefined();
    expect(dates.prefer).toBe('2026-11-11');
    expect(parseQuestionDates('شنو صار اليوم في البورصة؟', now, 'Asia/Kuwait').range).toEqual({ since: '2026-11-13', until: '2026-11-13' });
  });
});

describe('two days named: the fact\'s and the report\'s', () => {
  const now = new Date('2026-11-21T20:00:00Z');
  it.each([
    ['who told kuna the fee cut starts on 1 december (the report of 16 november)', { range: { since: '2026-11-16', until: '2026-11-16' }, named: { month: 11, day: 16 } }],
    ['news of 16 november: who said the fee cut starts on 1 december?', { range: { since: '2026-11-16', until: '2026-11-16' }, named: { month: 11, day: 16 } }],
    ['متى يبدأ الخصم في 1 ديسمبر حسب خبر يوم 16 نوفمبر؟', { range: { since: '2026-11-16', until: '2026-11-16' }, named: { month: 11, day: 16 } }],
    ['من متى بيفتح السوق يوم الخميس، حسب اللي نشرته كونا يوم الأحد؟', { prefer: '2026-11-15' }],
    ['what did the market open on thursday, going by the news from sunday?', { prefer: '2026-11-15' }],
  ])('takes the day after the report word in %s', (question, expected) => {
    expect(parseQuestionDates(question, now, 'Asia/Kuwait')).toMatchObject(expected);
  });

  it('keeps the first day where no report word frames one', () => {
    expect(parseQuestionDates('did the fee cut start on 1 november or 16 november?', now, 'Asia/Kuwait').named).toEqual({ month: 11, day: 1 });
  });
});

describe('a day inside brackets or before a colon', () => {
  const now = new Date('2026-03-12T12:00:00Z');
  it.each([
    ['كم سيارة انسحبت من الحملة؟ (الخبر طلع أمس)', '2026-03-11'],
    ['كونا نشرت شي اليوم: كم سيارة انسحبت؟', '2026-03-12'],
    ['وين بيفتحون المركز (خبر يوم 9 مارس)', '2026-03-09'],
    ['كم سيارة انسحبت (أمس)', '2026-03-11'],
  ])('reads the day in %s, and leaves it out of the topic words', (question, day) => {
    const dates = parseQuestionDates(question, now, 'Asia/Kuwait');
    expect(dates.range).toEqual({ since: day, until: day });
    expect(dates.rest).not.toMatch(/أمس|اليوم|مارس/);
  });
});

describe('a day in the possessive, with or without its apostrophe', () => {
  // 08:00 UTC on Tuesday 5 January 2027: the same day in Kuwait and in New York (03:00).
  const now = new Date('2027-01-05T08:00:00Z');
  it.each([
    ["saw it in yesterdays bulletin, how many buses run to the fair?", 'Asia/Kuwait', '2027-01-04'],
    ["yesterday's wire: how many buses run to the fair?", 'America/New_York', '2027-01-04'],
    ['todays wire had it: who opened the fair', 'Asia/Kuwait', '2027-01-05'],
    ["tonight's item on the fair, who opened it", 'Asia/Kuwait', '2027-01-05'],
    ['عطني عدد الباصات للمعرض وهذا بخبر الأمس', 'Asia/Kuwait', '2027-01-04'],
  ])('reads the day of %s and leaves its word out of the topic', (question, zone, day) => {
    const dates = parseQuestionDates(question, now, zone);
    expect(dates.range).toEqual({ since: day, until: day });
    expect(dates.rest).not.toMatch(/yesterday|today|tonight|أمس|امس/i);
  });

  it('reads a weekday in the possessive as that weekday, back across the year\'s end', () => {
    expect(parseQuestionDates("someone sent me sundays kuna piece, who opened the fair", now, 'Asia/Kuwait')).toMatchObject({ prefer: '2027-01-03' });
    expect(parseQuestionDates("last thursday's item: who opened the fair", now, 'Asia/Kuwait').range).toEqual({ since: '2026-12-31', until: '2026-12-31' });
    expect(parseQuestionDates("someone sent me sundays kuna piece, who opened the fair", now, 'Asia/Kuwait').rest).not.toMatch(/sunday/i);
  });
});

describe('a day named without its year, asked just after the year\'s end', () => {
  // 02:00 UTC on 2 January 2027: 2 January in Kuwait and Dubai, still 1 January in London and New York.
  const now = new Date('2027-01-02T02:00:00Z');
  it.each([
    ['quick q about the dec 30 dispatch: who opened the fair', 'Asia/Kuwait', '2026-12-30'],
    ['في برقية كونا يوم 30/12، منو افتتح المعرض؟', 'Asia/Dubai', '2026-12-30'],
    ['سؤال عن خبر 31 ديسمبر: منو افتتح المعرض؟', 'Europe/London', '2026-12-31'],
    ['تذكر خبر يوم 2/1؟ منو افتتح المعرض', 'Asia/Kuwait', '2027-01-02'],
    // Asked on 1 January in New York, the 2nd has not come: 2 January is last year's.
    ['on the wire for jan 2, who opened the fair', 'America/New_York', '2026-01-02'],
    ['on the wire for jan 1, who opened the fair', 'America/New_York', '2027-01-01'],
  ])('reads %s in the asker\'s zone', (question, zone, day) => {
    expect(parseQuestionDates(question, now, zone).range).toEqual({ since: day, until: day });
  });
});

describe('a day in figures with spaces around its stroke', () => {
  const now = new Date('2027-01-03T09:00:00Z');
  it.each([
    ['سؤال عن خبر يوم 9 - 12: منو افتتح المعرض؟', '2026-12-09'],
    ['في برقية كونا يوم 30 / 12، منو افتتح المعرض؟', '2026-12-30'],
    ['منو افتتح المعرض حسب الخبر بتاريخ 2 - 1 - 2027', '2027-01-02'],
  ])('reads the day of %s, back across the year\'s end, and leaves it out of the topic', (question, day) => {
    const dates = parseQuestionDates(question, now, 'Asia/Kuwait');
    expect(dates.range).toEqual({ since: day, until: day });
    expect(dates.rest).not.toMatch(/\d/);
  });

  it('reads no day out of a span or a score without `يوم` before it', () => {
    expect(parseQuestionDates('كم طفل عمره 9 - 12 سنة شارك؟', now, 'Asia/Kuwait').range).toBeUndefined();
    expect(parseQuestionDates('did the team win 3 - 1?', now, 'Asia/Kuwait').range).toBeUndefined();
  });
});
