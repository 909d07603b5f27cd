import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/text/find-entities.js';
import { normaliseQuestion } from '../../src/text/normalise-question.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-06T08:00:00Z');

// A traffic campaign in one governorate, and the Amir's cable, which names Sheikh Meshal Al-Ahmad. Written for this test.
const WIRE = `Date : 04/05/2026
سمو الأمير يهنئ رئيس سنغافورة
الكويت - 4 - 5 (كونا) -- بعث حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح اليوم الاثنين ببرقية تهنئة إلى رئيس سنغافورة.
(النهاية)
ab.cd

Date : 05/05/2026
حملة مرورية في الفروانية
الكويت - 5 - 5 (كونا) -- حررت الإدارة العامة للمرور 420 مخالفة في حملة مرورية نفذتها اليوم الثلاثاء في مناطق محافظة الفروانية.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: a governorate named bare, which the analyser would read as another word', () => {
  it('reads بالأحمدي and في حولي as the governorates, not the name Ahmad or "about"', () => {
    expect(findEntities(normaliseQuestion('كم مخالفة في حملة المرور بالأحمدي؟'))).toEqual(['ahmadi']);
    expect(findEntities(normaliseQuestion('شنو صار في حولي؟'))).toEqual(['hawalli']);
    expect(normaliseQuestion('متى وصل مشعل الأحمد؟')).toBe('متى وصل مشعل الأحمد؟');
  });

  it('declines how many tickets the campaign wrote in Ahmadi when it was in Farwaniya', async () => {
    expect((await ask('كم مخالفة حررت حملة المرور بالأحمدي؟')).found).toBe(false);
  });

  it('answers how many tickets the campaign wrote in Farwaniya', async () => {
    expect((await ask('كم مخالفة حررت حملة المرور بالفروانية؟')).citations[0]?.quote).toMatch(/420 مخالفة/);
  });
});
