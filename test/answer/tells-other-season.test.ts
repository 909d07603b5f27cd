import { describe, expect, it } from 'vitest';
import { seasonsNamed, tellsOtherSeason } from '../../src/answer/tells-other-season.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A choir's winter concert, in Arabic and English; nothing of any other season. Written for this test.
const WIRE = `التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- تقيم جوقة الكويت حفلها الشتوي يوم السبت المقبل الموافق 14 مارس على مسرح الدسمة بمشاركة 40 منشدا.(النهاية)
ع م / س ر

Date : 05/03/2026
KUWAIT, March 5 (KUNA) -- The Kuwait choir will hold its winter concert at the Dasma theatre on Saturday, March 14, with 40 singers. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: another season', () => {
  it('names the seasons of a text, in either language, not the Hijri month', () => {
    expect([...seasonsNamed('the summer concert')]).toEqual(['summer']);
    expect([...seasonsNamed('حفلها الربيعي')]).toEqual(['spring']);
    expect([...seasonsNamed('في فصل الشتاء')]).toEqual(['winter']);
    expect([...seasonsNamed('في شهر ربيع الأول')]).toEqual([]);
  });

  it('tells a dispatch of another season only, not one that names the season asked', () => {
    expect(tellsOtherSeason('متى حفل الأوركسترا الصيفي؟', ['تحيي الأوركسترا حفلها الربيعي يوم الخميس'])).toBe(true);
    expect(tellsOtherSeason("when's the orchestra's summer concert?", ['The orchestra will play its spring concert on Thursday.'])).toBe(true);
    expect(tellsOtherSeason("when's the orchestra's summer concert?", ['The spring concert is on Thursday; the summer one in July.'])).toBe(false);
    expect(tellsOtherSeason("when's the orchestra's concert?", ['The orchestra will play its spring concert on Thursday.'])).toBe(false);
    expect(tellsOtherSeason("when's the orchestra's summer concert?", ['The orchestra will play on Thursday.'])).toBe(false);
  });

  it('declines the summer concert when only the winter concert is reported', async () => {
    expect((await ask('when is the kuwait choir summer concert?')).found).toBe(false);
    expect((await ask('متى حفل جوقة الكويت الصيفي؟')).found).toBe(false);
  });

  it('answers the winter concert', async () => {
    expect((await ask('when is the kuwait choir winter concert?')).found).toBe(true);
  });
});
