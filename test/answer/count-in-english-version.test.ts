import { describe, expect, it } from 'vitest';
import { asksNumberOf, countsAskedThing } from '../../src/answer/counts-asked-thing.js';
import { englishVersionCounts } from '../../src/answer/english-version-counts.js';
import { findOrdinalsAndYears } from '../../src/answer/find-ordinals-and-years.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { askOnFiledWires } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-06-02T12:00:00Z');

// Written for this test: a yearly renewal of school libraries told in both languages. Only the English
// version counts the books the rule covers; the Arabic version gives the penalty instead.
const STORY = [
  {
    date: '2026-06-01T09:00:00Z',
    text: `التاريخ : 01/06/2026
الكويت - 1 - 6 (كونا) -- قررت وزارة التربية اليوم الاثنين إلزام المدارس الحكومية بالتجديد السنوي لمقتنيات مكتباتها قبل اعتماد ميزانياتها، اعتبارا من الأول من سبتمبر المقبل.
وقال مدير إدارة المكتبات المدرسية سعود المطيري ل(كونا) إن المدرسة المخالفة ستحرم من ميزانية المكتبة مدة 50 يوما.(النهاية)
س م / ع ن
`,
  },
  {
    date: '2026-06-01T09:30:00Z',
    text: `Date : 01/06/2026
KUWAIT, June 1 (KUNA) -- State schools will have to renew their library collections every year before their budgets are approved, starting September 1, the Ministry of Education said on Monday.
School libraries director Saud Al-Mutairi said about 12,500 books would be replaced under the rule in its first year, and that each school could apply for a renewal grant of up to KD 3,000. (end)
sm.an
`,
  },
];

const ask = (question: string) => askOnFiledWires(tempDir(), STORY, question, now);
const grants = { group: [analyseText('grants')], place: false, documents: 1, critical: true, entity: false };

describe('an Arabic كم answered by the count only the English version gives', () => {
  it('answers how many books the yearly renewal covers from the English version that counts them', async () => {
    const result = await ask('كم كتاب بيشملها قرار التجديد السنوي في أول سنة؟');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/12,500 books/);
  });

  it('answers a bare كم and the thing (how much is the grant) from the English version that gives its money', async () => {
    const result = await ask('كم منحة التجديد لكل مدرسة؟');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/KD 3,000/);
  });

  it('tells a bare كم and the thing, which may ask its money, from كم عدد, which asks the number', () => {
    expect(asksNumberOf('كم عدد المنح هذا العام؟')).toBe(true);
    expect(asksNumberOf('كم منحة الترميم؟')).toBe(false);
  });

  it('takes the money told by the thing for a count of it only when money counts', () => {
    const text = 'Owners could apply for restoration grants of up to KD 40,000 each.';
    expect(countsAskedThing(text, grants)).toBe(false);
    expect(countsAskedThing(text, grants, new Set(), true)).toBe(true);
  });
});

describe('englishVersionCounts: the English paragraph of an Arabic كم story that counts the thing', () => {
  const grant = { group: [analyseText('منحة'), analyseText('grant')], place: false, documents: 2, critical: true, entity: false };
  const question = 'كم منحة التجديد لكل مدرسة؟';
  const asked = { question, type: 'number' as const, concepts: { list: [grant], total: 10, missing: [], instances: findOrdinalsAndYears(question) } };
  const hit = (lang: 'ar' | 'en', text: string) => ({ dispatchId: 'd', paragraph: 1, text, score: 1, date: '2026-06-01', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's' });
  const english = hit('en', 'Each school could apply for a renewal grant of up to KD 3,000.');

  it('takes the English paragraph that gives the grant for a bare كم, not an Arabic one, nor for an English question', () => {
    const counts = englishVersionCounts(asked, { concept: grant, others: new Set(), onlyIn: 'ar', moneyCounts: true });
    expect(counts(english, { story: '' })).toBe(true);
    expect(counts(hit('ar', 'وقال إن كل مدرسة تحصل على منحة قدرها ثلاثة آلاف دينار.'), { story: '' })).toBe(false);
    expect(englishVersionCounts(asked, { concept: grant, others: new Set() })(english, { story: '' })).toBe(false);
  });

  it('takes no money for a count after كم عدد, nor another year than the one asked', () => {
    expect(englishVersionCounts(asked, { concept: grant, others: new Set(), onlyIn: 'ar' })(english, { story: '' })).toBe(false);
    const lastYear = 'كم منحة التجديد لكل مدرسة السنة اللي فاتت؟';
    const askedLastYear = { ...asked, question: lastYear, concepts: { ...asked.concepts, instances: findOrdinalsAndYears(lastYear) } };
    expect(englishVersionCounts(askedLastYear, { concept: grant, others: new Set(), onlyIn: 'ar', moneyCounts: true })(english, { story: '' })).toBe(false);
  });
});
