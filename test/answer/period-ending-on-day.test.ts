import { describe, expect, it } from 'vitest';
import { periodEndingOnDay } from '../../src/answer/period-ending-on-day.js';
import { analyseText } from '../../src/text/analyse-text.js';

describe('periodEndingOnDay', () => {
  it('reads the period an English question names by the day it ends on', () => {
    expect(periodEndingOnDay('How many visitors did the museum count in the week to 12 March?')).toEqual(['week']);
    expect(periodEndingOnDay('how much rain fell in the month ending on Tuesday')).toEqual(['month']);
    expect(periodEndingOnDay('what did exports earn in the year through June 30?')).toEqual(['year']);
  });

  it('reads it in Arabic, the day a weekday, a date or a month', () => {
    expect(periodEndingOnDay('كم زائرا استقبل المتحف خلال الأسبوع المنتهي الخميس؟')).toEqual(analyseText('الاسبوع'));
    expect(periodEndingOnDay('شكثر نزل مطر بالشهر حتى 30 أبريل؟')).toEqual(analyseText('الشهر'));
  });

  it('reads no period where none ends on a day', () => {
    expect(periodEndingOnDay('How many visitors did the museum count on 12 March?')).toEqual([]);
    expect(periodEndingOnDay('what is planned for the week to come?')).toEqual([]);
    expect(periodEndingOnDay('how much has the index gained in the year to date?')).toEqual([]);
    expect(periodEndingOnDay('كم زائرا استقبل المتحف الأسبوع الماضي؟')).toEqual([]);
  });
});
