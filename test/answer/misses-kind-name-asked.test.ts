import { describe, expect, it } from 'vitest';
import { kindNameAsked, missesKindNameAsked, type NamedKind } from '../../src/answer/misses-kind-name-asked.js';

/** The kind a question asks which one is; a test question always asks one. */
function kindOf(question: string): NamedKind {
  const kind = kindNameAsked(question);
  if (kind === undefined) throw new Error(`no kind asked: ${question}`);
  return kind;
}

// Sentences written for this test.
describe('near misses: which one of a named kind asked, a dispatch naming none of that kind', () => {
  it('reads the kind a question asks which one is, in English and Arabic', () => {
    expect(kindOf('which firm will dredge the harbour?').en).toContain('company');
    expect(kindOf("what's the name of the new asthma medicine?").en).toContain('drug');
    expect(kindOf('أي شركة بتشغل العبارة الجديدة؟').en).toContain('company');
    expect(kindOf('شنو اسم المستشفى اللي استقبل المصابين؟').en).toContain('hospital');
    expect(kindOf('منو الشركات اللي فازت بالعقود؟').en).toContain('company');
    expect(kindNameAsked('how many companies bid for the tender?')).toBeUndefined();
    expect(kindNameAsked('شنو قالت الشركة عن التأخير؟')).toBeUndefined();
  });

  it('misses English copy that tells of one without its name, not copy that names one', () => {
    const cases: Array<[string, string, boolean]> = [
      ['which company won the contract?', 'The ministry said the contract had gone to a local contracting company after a tender.', true],
      ['which company won the contract?', 'Company spokesman Ali Al-Awadhi told KUNA the work would take a year.', true],
      // An agency learning it opens a clause, not a name: every listed agency's marker (see agency-markers.ts).
      ['which company won the contract?', 'The contract went to a local company, KUNA learnt on Sunday.', true],
      ['which company won the contract?', 'The contract went to a local company, WAM learnt on Sunday.', true],
      ['which company won the contract?', 'The contract went to a local company, QNA learnt on Sunday.', true],
      ['which company won the contract?', 'The contract went to the Gulf Dredging Company after a tender.', false],
      ['which company won the contract?', 'The contract went to a firm called Marine Works after a tender.', false],
      ['which hospitals will give the new tablets?', 'Patients at public hospitals will get the tablets free.', true],
      ['which hospitals will give the new tablets?', 'He said Sabah and Farwaniya hospitals would give the tablets first.', false],
    ];
    for (const [question, text, misses] of cases) expect(missesKindNameAsked(kindOf(question), text), text).toBe(misses);
  });

  it('misses Arabic copy whose word of the kind is followed by no definite word or quoted name', () => {
    const company = kindOf('أي شركة فازت بالعقد؟');
    expect(missesKindNameAsked(company, 'وقالت الوزارة إن العقد رسا على شركة مقاولات محلية بعد مناقصة شاركت فيها 5 شركات.')).toBe(true);
    expect(missesKindNameAsked(company, 'وقالت الوزارة إن العقد رسا على شركة الخليج للمقاولات.')).toBe(false);
    expect(missesKindNameAsked(company, 'وقالت الوزارة إن العقد رسا على شركة "مرسى" المحلية.')).toBe(false);
    // A relative clause or a plural and its adjective names none: `الأدوية التي`, `الأدوية المدعومة`.
    expect(missesKindNameAsked(kindOf('شنو اسم الدواء الجديد؟'), 'أضافت الوزارة دواء جديدا إلى قائمة الأدوية التي تصرف مجانا وإلى الأدوية المدعومة.')).toBe(true);
  });

  it('does not take the day that dates an Arabic sentence for a name in construct with the kind', () => {
    const school = kindOf('أي مدرسة فازت بالمسابقة؟');
    expect(missesKindNameAsked(school, 'شارك 60 تلميذا من 15 مدرسة اليوم الأربعاء في مسابقة الروبوت.')).toBe(true);
    expect(missesKindNameAsked(school, 'شارك 60 تلميذا من 15 مدرسة الأسبوع الماضي في مسابقة الروبوت.')).toBe(true);
    expect(missesKindNameAsked(school, 'فازت مدرسة الفحيحيل اليوم الأربعاء بمسابقة الروبوت.')).toBe(false);
  });
});
