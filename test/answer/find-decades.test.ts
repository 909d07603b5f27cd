import { describe, expect, it } from 'vitest';
import { findDecades } from '../../src/answer/find-decades.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// An exhibition of old pearl-diving photos, dated by decades, and a concert of songs of another decade. Written for this test.
const WIRE = `Date : 04/05/2026
حفل لأغاني السبعينات في مركز جابر الثقافي
الكويت - 4 - 5 (كونا) -- يقيم مركز الشيخ جابر الأحمد الثقافي مساء غد الثلاثاء حفلا لأغاني السبعينات يحييه 12 فنانا.
(النهاية)
ab.cd

Date : 05/05/2026
مكتبة الكويت الوطنية تعرض صورا نادرة عن الغوص
الكويت - 5 - 5 (كونا) -- افتتح اليوم الثلاثاء في مكتبة الكويت الوطنية معرض الغوص على اللؤلؤ الذي يضم 35 صورة نادرة التقطت بين ثلاثينيات وخمسينيات القرن الماضي.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a decade asked that the passage does not date its own to', () => {
  it('reads decades in both languages, a span by its ends, and no age', () => {
    expect([...findDecades('أفلام من السبعينات')]).toEqual([1970]);
    expect([...findDecades('صورت بين ثلاثينيات وخمسينيات القرن الماضي')]).toEqual([1930, 1940, 1950]);
    expect([...findDecades("films from the 1960s, the '70s and the late eighties")]).toEqual([1960, 1970, 1980]);
    expect([...findDecades('a diver in his seventies')]).toEqual([]);
  });

  it('declines how many photos are from the seventies when they date from the thirties to the fifties', async () => {
    expect((await ask('كم صورة من السبعينات في معرض الغوص على اللؤلؤ؟')).found).toBe(false);
  });

  it('answers how many photos are from the forties, inside the span told', async () => {
    expect((await ask('كم صورة من الاربعينات في معرض الغوص على اللؤلؤ؟')).citations[0]?.quote).toMatch(/35 صورة/);
  });
});
