import { describe, expect, it } from 'vitest';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
import { parseQuestionDates } from '../../src/answer/parse-question-dates.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// A drive and a season's permits, written for these tests: each reports the current instance only, one a past year too.
const WIRE = `Date : 10/03/2026
Zakat house hands out school bags
KUWAIT, March 10 (KUNA) -- The Zakat House began handing out 9,000 school bags to needy families on Tuesday as part of its spring drive.
The drive runs until the end of the month, a statement said. (end)
ab.cd

التاريخ : 10/03/2026
الكويت - 10 - 3 (كونا) -- بدأ بيت الزكاة اليوم الثلاثاء توزيع تسعة آلاف حقيبة مدرسية على الأسر المحتاجة ضمن حملة الربيع.(النهاية)
ع م / س ر

Date : 11/03/2026
Fishing permits up on last season
KUWAIT, March 11 (KUNA) -- The Public Authority for Agriculture issued 3,200 fishing permits this season, up from 2,700 in the previous season, it said on Wednesday. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: an earlier instance asked, the current one reported', () => {
  it('reads an instance named as one before the current, in both languages', () => {
    for (const asked of ['How many bags last Ramadan?', 'permits issued last season', 'when was the blackout before this one?', 'prices rose from a year earlier', 'كم حقيبة وزعت في رمضان الماضي؟', 'كم تصريح صدر الموسم اللي فات؟', 'في الدورة السابقة']) {
      expect(findOrdinalsAndYears(asked).earlier, asked).toBe(true);
    }
    for (const asked of ['the latest bags', 'last week', 'الأسبوع الماضي', 'الوزير السابق', 'this season']) expect(findOrdinalsAndYears(asked).earlier, asked).toBe(false);
  });

  it('reads "last season" and "last Ramadan" as the one before, not the newest', () => {
    expect(parseQuestionDates('how many permits last season?', now).latest).toBe(false);
    expect(parseQuestionDates('how many bags last Ramadan?', now).rest).toMatch(/last Ramadan/);
    expect(parseQuestionDates('the last bags handed out', now).latest).toBe(true);
  });

  it('reads "last Eid" and chat\'s "last years drive" (no apostrophe) as the one before, not the newest', () => {
    for (const asked of ['how many bags did they give out last eid', 'how many bags in last years spring drive', 'كم حقيبة وزعوا العيد اللي طاف؟']) {
      expect(findOrdinalsAndYears(asked).earlier, asked).toBe(true);
      expect(parseQuestionDates(asked, now).latest, asked).toBe(false);
    }
    expect(parseQuestionDates('how many bags in last years spring drive', now).rest).toMatch(/last years spring/);
  });

  it('declines a count asked of last Eid or "last years" drive when the passage tells only the current one', async () => {
    expect((await ask('how many school bags did the zakat house hand out last eid')).found).toBe(false);
    expect((await ask('how many school bags were handed out in last years spring drive')).found).toBe(false);
  });

  it('declines an earlier instance the passage does not mark, in English and Arabic', async () => {
    expect((await ask('How many school bags did the Zakat House hand out last year?')).found).toBe(false);
    expect((await ask('How many school bags did the Zakat House hand out in 2025?')).found).toBe(false);
    expect((await ask('كم حقيبة مدرسية وزع بيت الزكاة في الحملة السابقة؟')).found).toBe(false);
  });

  it('answers the current instance, and an earlier one the passage marks', async () => {
    expect((await ask('How many school bags did the Zakat House hand out?')).found).toBe(true);
    expect((await ask('كم حقيبة مدرسية وزع بيت الزكاة؟')).found).toBe(true);
    const previous = await ask('How many fishing permits were issued last season?');
    expect(previous.found).toBe(true);
    expect(previous.citations[0]?.quote).toMatch(/2,700/);
  });
});
