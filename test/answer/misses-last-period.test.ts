import { describe, expect, it } from 'vitest';
import { lastPeriodAsked, missesLastPeriod } from '../../src/answer/misses-last-period.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-07-20T08:00:00Z');

// A kayak seizure told as this summer's, and a beach clean-up told beside last summer's. Written for this test.
const WIRE = `Date : 18/07/2026
Coast guard seizes unlicensed kayaks
KUWAIT, July 18 (KUNA) -- Coast guard patrols seized 23 unlicensed rental kayaks on Khairan beach on Saturday, the Ministry of Interior said.
The renters would be referred to the prosecution, the ministry said. (end)
ab.cd

Date : 18/07/2026
Volunteers clear Fintas beach
KUWAIT, July 18 (KUNA) -- Volunteers collected 4 tonnes of litter from Fintas beach on Saturday, the Environment Public Authority said.
The authority said volunteers had collected 6 tonnes from the beach last summer. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a period of the year asked as the last one, a dispatch of that period telling its own', () => {
  it('reads a season or a month asked as the last one, in both languages', () => {
    expect(lastPeriodAsked('how many kayaks were seized last summer?')).toEqual([6, 7, 8]);
    expect(lastPeriodAsked('الشتا اللي طاف كم طن حطب انضبط؟')).toEqual([12, 1, 2]);
    expect(lastPeriodAsked('كم شركة خالفت حظر العمل الصيف الماضي؟')).toEqual([6, 7, 8]);
    expect(lastPeriodAsked('how many stings were there last january?')).toEqual([1]);
    expect(lastPeriodAsked('كم حالة سجلت في يناير اللي فات؟')).toEqual([1]);
  });

  it('reads no period in a last season of a sport, a period to come or a Hijri month', () => {
    expect(lastPeriodAsked('Which camel won the most races last season?')).toBeUndefined();
    expect(lastPeriodAsked('how many kayaks will be rented next summer?')).toBeUndefined();
    expect(lastPeriodAsked('كم حاج سافر في ربيع الاول الماضي؟')).toBeUndefined();
  });

  it('judges only a dispatch filed within the period, and keeps one telling a year before', () => {
    const summer = [6, 7, 8];
    expect(missesLastPeriod(summer, '2026-07-18', ['Patrols seized 23 kayaks on Saturday.'])).toBe(true);
    expect(missesLastPeriod(summer, '2026-12-02', ['Patrols seized 23 kayaks in the summer.'])).toBe(false);
    expect(missesLastPeriod(summer, '2026-07-18', ['They collected 6 tonnes last summer.'])).toBe(false);
    expect(missesLastPeriod(summer, '2026-07-18', ['Seizures rose from 15 last year.'])).toBe(false);
    expect(missesLastPeriod(summer, '2026-07-18', ['وضبطت الدوريات 15 قاربا في الصيف الماضي.'])).toBe(false);
    expect(missesLastPeriod(summer, undefined, ['Patrols seized 23 kayaks on Saturday.'])).toBe(false);
  });

  it("declines last summer's kayak seizures when the dispatch tells this summer's", async () => {
    expect((await ask('how many kayaks did the coast guard seize last summer?')).found).toBe(false);
  });

  it("answers last summer's litter when the story tells it", async () => {
    expect((await ask('how many tonnes of litter did volunteers collect from fintas beach last summer?')).found).toBe(true);
  });
});
