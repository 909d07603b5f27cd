import { describe, expect, it } from 'vitest';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T08:00:00Z');

// A charity's plans told in the future (`ستوزع`, `ستكرم`); bags and volunteers in other stories; the verbs in the present in
// another. Written for this test.
const WIRE = `Date : 06/05/2026
حقائب مدرسية لأطفال الجهراء
الكويت - 6 - 5 (كونا) -- قالت رئيسة جمعية النور الخيرية منى العلي اليوم الأربعاء إن الجمعية ستوزع 400 حقيبة مدرسية على الأطفال يوم الأحد المقبل.
(النهاية)
ab.cd

Date : 06/05/2026
حفل لجمعية النور في الفروانية
الكويت - 6 - 5 (كونا) -- قالت منى العلي اليوم الأربعاء إن الجمعية ستكرم 25 متطوعا في حفل بالفروانية يوم 20 مايو.
(النهاية)
ab.cd

Date : 07/05/2026
300 متطوع ينظفون شاطئ المسيلة
الكويت - 7 - 5 (كونا) -- شارك 300 متطوع اليوم الخميس في تنظيف شاطئ المسيلة، وجمعوا 90 حقيبة من النفايات.
(النهاية)
ab.cd

Date : 07/05/2026
ضبط حقائب مقلدة في المطار
الكويت - 7 - 5 (كونا) -- ضبطت الجمارك اليوم الخميس 70 حقيبة يد مقلدة في مطار الكويت، وقال مفتش إن 40 متطوعا من طلبة الجامعة يساعدون في الفرز.
(النهاية)
ab.cd

Date : 07/05/2026
مكتبة متنقلة في الفروانية
الكويت - 7 - 5 (كونا) -- قال مدير المكتبة المتنقلة إن المكتبة تزور المدارس كل أسبوع، وإن الفريق يوزع الكتب ويكرم القراء المتميزين كل شهر.
(النهاية)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('an Arabic question in the present, a plan the wire tells in the future', () => {
  it('answers how many bags the charity hands out, told as `ستوزع`', async () => {
    const answered = await ask('كم حقيبة بيوزعون؟');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/400 حقيبة/);
  });

  it('answers how many volunteers the charity honours, told as `ستكرم`', async () => {
    const answered = await ask('كم متطوع بيكرمون؟');
    expect(answered.found).toBe(true);
    expect(answered.citations[0]?.quote).toMatch(/25 متطوعا/);
  });
});
