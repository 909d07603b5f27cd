import { describe, expect, it } from 'vitest';
import { type KindAsked, kindAsked, missesKindAsked } from '../../src/answer/misses-kind-asked.js';
import type { Concepts } from '../../src/answer/weigh-concepts.js';

/** No concepts weighed: the thing is looked for by the question's own words. */
const NONE: Concepts = { list: [], total: 100, missing: [] };

/** The sort a question asks; a test question always asks one. */
function sortOf(question: string): KindAsked {
  const asked = kindAsked(question);
  if (asked === undefined) throw new Error(`no sort asked: ${question}`);
  return asked;
}

const misses = (question: string, ...texts: string[]) => missesKindAsked(sortOf(question), question, NONE, texts);

// Sentences written for this test.
describe('near misses: a colour, kind or brand asked of a story that names the thing only bare', () => {
  it('reads the sort a question asks, and not a count of kinds', () => {
    expect(sortOf('what colour are the new benches?')).toEqual({ sort: 'colour' });
    expect(sortOf('المقاعد الجديدة شنو لونها؟')).toEqual({ sort: 'colour' });
    expect(sortOf('what kind of lizard bit the hiker?')).toEqual({ sort: 'kind', thing: ['lizard'] });
    expect(sortOf('what brand is the stolen laptop?')).toEqual({ sort: 'brand', thing: ['laptop'] });
    expect(sortOf('شنو نوع السحالي اللي بالبر؟')).toEqual({ sort: 'kind', thing: ['السحالي'] });
    expect(sortOf('أي ماركة دراجات وزعوا؟')).toEqual({ sort: 'brand', thing: ['دراجات'] });
    expect(sortOf('الدراجة الجديدة شنو ماركتها؟')).toEqual({ sort: 'brand', thing: ['الدراجه', 'الجديده'] });
    expect(kindAsked('how many kinds of lizard live in the park?')).toBeUndefined();
    expect(kindAsked('كم نوع سحلية بالمحمية؟')).toBeUndefined();
    expect(kindAsked('who found the lizard?')).toBeUndefined();
  });

  it('misses a story with no colour asked its colour, not one that writes a colour', () => {
    expect(misses('what colour are the new benches?', 'The municipality put 40 new benches along the corniche on Monday.')).toBe(true);
    expect(misses('المقاعد الجديدة شنو لونها؟', 'ركبت البلدية 40 مقعدا جديدا على الكورنيش.')).toBe(true);
    expect(misses('what colour are the new benches?', 'The benches are painted dark green.')).toBe(false);
    expect(misses('المقاعد الجديدة شنو لونها؟', 'ركبت البلدية 40 مقعدا خشبيا باللون البني.')).toBe(false);
  });

  it('misses a story naming the thing only bare, not one that sorts it or never names it', () => {
    expect(misses('what kind of lizard bit the hiker?', 'A lizard bit a hiker in the desert on Friday.', 'Doctors said 12 lizards were seen near the camp.')).toBe(true);
    expect(misses('شنو نوع السحالي اللي بالبر؟', 'قال الباحث إن 40 سحلية في المحمية، وإن السحالي تنشط ليلا.')).toBe(true);
    expect(misses('what kind of lizard bit the hiker?', 'A spiny-tailed lizard bit a hiker in the desert on Friday.')).toBe(false);
    expect(misses('what kind of lizard bit the hiker?', 'He said the lizard was a monitor about a metre long.')).toBe(false);
    expect(misses('شنو نوع السحالي اللي بالبر؟', 'قال الباحث إن سحلية الضب أكثر ما رصد في المحمية.')).toBe(false);
    expect(misses('what kind of lizard bit the hiker?', 'Rangers said the reptile belonged to a rare variety.')).toBe(false);
    expect(misses('what kind of lizard bit the hiker?', 'A hiker was hurt in the desert on Friday.')).toBe(false);
    // A verb or an owner before the thing does not sort it; a plural after "were" does.
    expect(misses('what kind of lizard bit the hiker?', "The heat brings lizards out, and the park's lizards hide by day.")).toBe(true);
    expect(misses('what kind of lizard bit the hiker?', 'Most of the lizards were geckos.')).toBe(false);
  });

  it('takes a brand only from a name: a capital in English, a word without the article in Arabic', () => {
    expect(misses('what brand is the stolen laptop?', 'Police found the stolen laptop in a car on Monday.')).toBe(true);
    expect(misses('what brand is the stolen laptop?', 'Police found the stolen Lenovo laptop in a car on Monday.')).toBe(false);
    expect(misses('أي ماركة دراجات وزعوا؟', 'وزع النادي 50 دراجات الأطفال على المدارس.')).toBe(true);
    expect(misses('أي ماركة دراجات وزعوا؟', 'وزع النادي 50 دراجات جاينت على المدارس.')).toBe(false);
  });

  it('reads "what make" as a brand, and the thing past a word of how many of it (`ماركة أغلب`)', () => {
    expect(sortOf('what make is the rowing machine at the new gym?')).toEqual({ sort: 'brand', thing: ['machine'] });
    expect(sortOf('شنو ماركة أغلب الدراجات اللي وزعوها؟')).toEqual({ sort: 'brand', thing: ['الدراجات'] });
    expect(misses('what make is the rowing machine at the new gym?', 'The new gym in Salwa has a rowing machine and 20 bikes.')).toBe(true);
    expect(misses('شنو ماركة أغلب الدراجات اللي وزعوها؟', 'وزع النادي 50 دراجة على المدارس، وقال إن الدراجات الجديدة آمنة.')).toBe(true);
    expect(misses('شنو ماركة أغلب الدراجات اللي وزعوها؟', 'وزع النادي 50 دراجات جاينت على المدارس.')).toBe(false);
  });

  it('takes no colour from "coloured" or "colourful", nor from a word the wire writes for eggs or zero', () => {
    expect(misses('what colour are the new benches?', 'The municipality put 40 colourful benches along the corniche, with small coloured plaques.')).toBe(true);
    expect(misses('what colour are the new benches?', 'The municipality put 40 new benches along the corniche.', 'وقال إن الطيور تضع البيض قرب المقاعد، وإن عدد الأعطال صفر.')).toBe(true);
    expect(misses('what colour are the new benches?', 'The municipality put 40 new benches along the corniche.', 'وقال إن المقاعد صفراء.')).toBe(false);
  });
});
