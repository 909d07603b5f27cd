import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import { findChanges } from '../../src/digest/find-changes.js';

let n = 0;
const dispatch = (lang: Dispatch['lang'], paragraphs: string[]): Dispatch => {
  n += 1;
  return {
    id: `d${n}`, storyId: 's', lang, headline: paragraphs[0] as string, urgent: false, agency: 'KUNA', date: '2026-02-05', dateline: null, headlineDerived: true,
    paragraphs, repeats: [], endMarker: true, editors: null, raw: paragraphs.join('\n'), source: 'test', sourceIndex: 0, ingestedAt: `2026-02-05T08:0${n % 10}:00Z`,
  };
};

describe('findChanges', () => {
  it('names a moved number in Arabic by the words around it', () => {
    const before = [dispatch('ar', ['بلغ عدد ضحايا الفيضانات في المحافظة الجنوبية 12 شخصا يوم الخميس.'])];
    const after = [dispatch('ar', ['وارتفع عدد ضحايا الفيضانات في المحافظة الجنوبية إلى 15 شخصا يوم الخميس.'])];
    expect(findChanges(before, after)).toEqual([{ kind: 'number', label: 'عدد ضحايا الفيضانات في المحافظة', from: '12', to: '15' }]);
  });

  it('names a new speaker, and nothing for the same facts told again or in the other language', () => {
    const before = [dispatch('en', ['Putin said Moscow is ready to host the BRICS summit.'])];
    const same = [dispatch('ar', ['قال بوتين إن موسكو مستعدة لاستضافة قمة بريكس.'])];
    expect(findChanges(before, same)).toEqual([]);
    const guterres = [dispatch('en', ['UN Secretary-General Antonio Guterres said he welcomed the summit.'])];
    expect(findChanges(before, guterres)).toEqual([{ kind: 'speaker', speaker: 'guterres' }]);
  });

  it('makes no speaker change of a name no list holds, which each language spells its own way', () => {
    const before = [dispatch('en', ['Cases rose at clinics, Dr. Hessa Al-Mulaifi, an eye doctor, told KUNA.'])];
    const after = [dispatch('ar', ['ارتفعت الحالات في العيادات، بحسب ما قالت طبيبة العيون حصة المليفي لـ(كونا).'])];
    expect(findChanges(before, after)).toEqual([]);
  });

  it('leaves years and unrelated numbers alone', () => {
    const before = [dispatch('en', ['The ministry opened 40 clinics in 2025.'])];
    const after = [dispatch('en', ['Separately, the weather office expects 3 days of rain in 2026.'])];
    expect(findChanges(before, after)).toEqual([]);
  });
});
