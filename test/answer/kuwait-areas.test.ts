import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/text/find-entities.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// Lifeguards posted to one beach, and road works in another area, told in Arabic. Written for this test.
const WIRE = `Date : 04/05/2026
أعمال صيانة في المسيلة
الكويت - 4 - 5 (كونا) -- بدأت وزارة الأشغال العامة اليوم الاثنين أعمال صيانة للطريق الساحلي في منطقة المسيلة تستمر أسبوعين.
(النهاية)
ab.cd

Date : 05/05/2026
منقذون على شاطئ الفحيحيل
الكويت - 5 - 5 (كونا) -- أعلنت الهيئة العامة للشباب اليوم الثلاثاء أن 14 منقذا سيتولون مراقبة شاطئ الفحيحيل طوال موسم السباحة.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: an area of Kuwait the wire names (Wafra, Messila, Abdali, Nuwaiseeb, Fahaheel) is a place asked', () => {
  it('knows the areas and border posts in both languages', () => {
    expect(findEntities('زحام في الوفرة والمسيلة')).toEqual(['wafra', 'messila']);
    expect(findEntities('seized at the Abdali and Nuwaiseeb crossings in Fahaheel')).toEqual(['abdali', 'nuwaiseeb', 'fahaheel']);
  });

  it('declines how many lifeguards watch the Messila beach when only Fahaheel is told', async () => {
    expect((await ask('كم منقذ بيكون على شاطئ المسيلة؟')).found).toBe(false);
  });

  it('answers how many lifeguards watch the Fahaheel beach', async () => {
    expect((await ask('كم منقذ على شاطئ الفحيحيل؟')).citations[0]?.quote).toMatch(/14 منقذا/);
  });
});
