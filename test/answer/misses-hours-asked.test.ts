import { describe, expect, it } from 'vitest';
import { asksHours, missesHoursAsked } from '../../src/answer/misses-hours-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// A calligraphy exhibition with its closing date, and a library with its hours. Written for this test.
const WIRE = `Date : 05/05/2026
Calligraphy exhibition opens in Kuwait
KUWAIT, May 5 (KUNA) -- An exhibition of Arabic calligraphy opened at the Amricani Cultural Centre on Tuesday and will keep longer opening hours until June 15, its curator said, adding that entry is free.
(end)
ab.cd

Date : 05/05/2026
Public library extends hours
KUWAIT, May 5 (KUNA) -- The central public library's opening hours in the summer will be from 9 am to 9 pm, its director said on Tuesday.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: hours asked, a passage with no time of day told', () => {
  it('reads hours asked in both languages', () => {
    expect(asksHours('What are the opening hours of the museum?')).toBe(true);
    expect(asksHours('شنو مواعيد الدوام في رمضان؟')).toBe(true);
    expect(asksHours('كم ساعات العمل؟')).toBe(true);
    expect(asksHours('When does the exhibition open?')).toBe(false);
  });

  it('takes a time of day as the hours, a closing date not', () => {
    expect(missesHoursAsked('What are the opening hours?', 'It will run until June 15.')).toBe(true);
    expect(missesHoursAsked('What are the opening hours?', 'It opens from 9 am to 9 pm.')).toBe(false);
    expect(missesHoursAsked('ما هي ساعات العمل؟', 'يبدأ الدوام الساعة العاشرة صباحا.')).toBe(false);
  });

  it('declines the opening hours of the calligraphy exhibition when only its closing date is told', async () => {
    expect((await ask('What are the opening hours of the calligraphy exhibition?')).found).toBe(false);
  });

  it('answers the opening hours of the public library', async () => {
    expect((await ask('What are the opening hours of the central public library in summer?')).citations[0]?.quote).toMatch(/9 am to 9 pm/);
  });
});

describe('near misses: a time of day asked, a passage telling only the day', () => {
  it('reads a time of day asked in both languages, not how many hours', () => {
    expect(asksHours('What time does the concert start?')).toBe(true);
    expect(asksHours('الساعة كم يفتح المعرض؟')).toBe(true);
    expect(asksHours('كم الساعة تبدأ المباراة؟')).toBe(true);
    expect(asksHours('كم ساعة استمرت المباراة؟')).toBe(false);
  });

  it('takes a day for no time of day, and an hour told by its ordinal for one', () => {
    expect(missesHoursAsked('What time was the final?', 'The Kuwaiti fencer won gold in the final on Wednesday.')).toBe(true);
    expect(missesHoursAsked('What time was the final?', 'The final starts at 7 p.m. on Wednesday.')).toBe(false);
    expect(missesHoursAsked('الساعة كم رجع التيار؟', 'وعاد التيار إلى المنطقة في الساعة الثامنة وعشر دقائق.')).toBe(false);
  });
});

describe('a time of day written in English words', () => {
  it('takes "at 10 in the morning", "six o\'clock", "seven pm" and the Arabic hour and part of the day for a time of day', () => {
    expect(missesHoursAsked('What time does the opening session start?', 'The opening session on October 20 would start at 10 in the morning.')).toBe(false);
    expect(missesHoursAsked('What time does the opening session start?', 'The session opens at six o\'clock on Sunday.')).toBe(false);
    expect(missesHoursAsked('What time does the opening session start?', 'Doors open at seven pm on Sunday.')).toBe(false);
    expect(missesHoursAsked('What time does the opening session start?', 'It runs from eight in the morning until two in the afternoon.')).toBe(false);
    expect(missesHoursAsked('الساعة كم تبدأ الجلسة؟', 'وتبدأ الجلسة الساعة 10 صباحا.')).toBe(false);
    expect(missesHoursAsked('الساعة كم تبدأ الجلسة؟', 'وتبدأ الجلسة في العاشرة صباحاً.')).toBe(false);
  });

  it('leaves a count before a part of the day, and "one am", as no time', () => {
    expect(missesHoursAsked('What time was the raid?', 'Police arrested 3 in the morning raid on Sunday.')).toBe(true);
    expect(missesHoursAsked('What time was the raid?', 'No one am I to judge, the minister said on Sunday.')).toBe(true);
  });

  it('answers what time a session starts that the wire gives in words', async () => {
    const session = `Date : 05/10/2026
KUWAIT, Oct 5 (KUNA) -- The National Assembly's opening session on October 20 would start at 10 in the morning, the Assembly's secretary said on Monday. (end)
ab.cd
`;
    const answered = await askOnWire(tempDir(), session, 'what time does the national assembly opening session start on october 20?', new Date('2026-10-06T08:00:00Z'));
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/10 in the morning/);
  });
});
