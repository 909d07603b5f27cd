import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../src/text/normalise-question.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// Hajj registration in English, and a garden in Omariya in Arabic (whose name the analyser reduces as it does Umrah). Written for this test.
const WIRE = `Date : 04/05/2026
حديقة جديدة في العمرية
الكويت - 4 - 5 (كونا) -- افتتحت بلدية الكويت اليوم الاثنين حديقة عامة جديدة في منطقة العمرية على مساحة 12 ألف متر مربع، وفتحت باب التسجيل لحجز مواقع الأنشطة فيها.
(النهاية)
ab.cd

Date : 05/05/2026
Hajj registration opens on Sunday
KUWAIT, May 5 (KUNA) -- Citizens can register for this year's Hajj from Sunday, May 10, through the ministry's website, the Ministry of Awqaf and Islamic Affairs said on Tuesday.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: Umrah named bare, which the analyser reduces as it does Omariya and Omar', () => {
  it('reads للعمرة as the wire writes Umrah, and leaves Omar and his age alone', () => {
    expect(normaliseQuestion('متى يفتح التسجيل للعمرة؟')).toBe('متى يفتح التسجيل أداء العمرة؟');
    expect(normaliseQuestion('كم عمره؟')).toBe('كم عمره؟');
    expect(normaliseQuestion('وين حديقة العمرية؟')).toBe('وين حديقة العمرية؟');
  });

  it('declines when registration for Umrah opens when only Hajj registration is told', async () => {
    expect((await ask('متى يفتح التسجيل للعمرة؟')).found).toBe(false);
  });
});
