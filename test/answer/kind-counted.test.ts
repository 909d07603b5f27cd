import { describe, expect, it } from 'vitest';
import { arabicKindCounted } from '../../src/answer/counts-asked-thing.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-06T08:00:00Z');

// A hospital's open-heart operations, written for these tests: no other kind of operation is counted.
const WIRE = `التاريخ : 05/03/2026
الكويت - 5 - 3 (كونا) -- أعلن مستشفى الصدري اليوم الخميس أن قسم جراحة القلب فيه أجرى 1140 عملية قلب مفتوح خلال العام الماضي.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a kind of the thing counted asked (`كم عملية قسطرة`), another kind counted', () => {
  it('reads the word after the thing counted as its kind, not a verb, a particle or the number of', () => {
    expect(arabicKindCounted('كم طائر بجع رصد في المحمية؟')).toBe('بجع');
    expect(arabicKindCounted('كم عملية قلب أجريت؟')).toBe('قلب');
    expect(arabicKindCounted('كم مريض ينتظر عملية؟')).toBeUndefined();
    expect(arabicKindCounted('كم يوم بيظل المخالطين؟')).toBeUndefined();
    expect(arabicKindCounted('كم لاعب شاركوا؟')).toBeUndefined();
    expect(arabicKindCounted('كم عدد الزوار؟')).toBeUndefined();
    expect(arabicKindCounted('كم مدرسة لم تتسلم كتبها؟')).toBeUndefined();
  });

  it('declines a kind no dispatch holds, and answers the kind told', async () => {
    expect((await ask('كم عملية قسطرة أجريت في مستشفى الصدري؟')).found).toBe(false);
    const answered = await ask('كم عملية قلب أجريت في مستشفى الصدري؟');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/1140/);
  });
});
