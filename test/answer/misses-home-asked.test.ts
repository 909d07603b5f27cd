import { describe, expect, it } from 'vitest';
import { homesAsked, missesHomeAsked } from '../../src/answer/misses-home-asked.js';

// Sentences written for this test.
describe('near misses: where one belongs asked (a nationality, a home, a seat), none of it told', () => {
  it('reads what a question asks of where one belongs', () => {
    expect(homesAsked('ما جنسية الرجل المصاب؟')).toEqual(['nationality']);
    expect(homesAsked("what's the nationality of the arrested man?")).toEqual(['nationality']);
    expect(homesAsked('وين ساكن المريض؟')).toEqual(['residence']);
    expect(homesAsked('where does the winner live?')).toEqual(['residence']);
    expect(homesAsked('وين مقر الجمعية؟')).toEqual(['seat']);
    expect(homesAsked('where is the charity headquartered?')).toEqual(['seat']);
    expect(homesAsked('who won the pickleball nationals?')).toEqual([]);
    expect(homesAsked('المريض ذكر ولا أنثى؟')).toEqual([]);
  });

  it('misses a passage telling no nationality, and not one naming a citizen, a demonym or a country adjective', () => {
    expect(missesHomeAsked(['nationality'], ['وقال المدير إن المريض يتلقى العلاج في المستشفى.', 'الصحة: حالة وافدة لمقيم عائد من الخارج'])).toBe(true);
    expect(missesHomeAsked(['nationality'], ['The patient is being treated in hospital, the director said.'])).toBe(true);
    expect(missesHomeAsked(['nationality'], ['The man, a Bangladeshi national, was arrested on Sunday.'])).toBe(false);
    expect(missesHomeAsked(['nationality'], ['وألقي القبض على رجل يحمل الجنسية الهندية.'])).toBe(false);
    expect(missesHomeAsked(['nationality'], ['وأصيب وافد مصري في الحادث.'])).toBe(false);
    expect(missesHomeAsked(['nationality'], ['وأصيب مواطن في الحادث.'])).toBe(false);
  });

  it('misses a passage telling no home or seat, and not one telling it', () => {
    expect(missesHomeAsked(['residence'], ['a case of cholera in a resident who had recently returned from a trip abroad'])).toBe(true);
    expect(missesHomeAsked(['residence'], ['The man, who lives in Jahra, was taken to hospital.'])).toBe(false);
    expect(missesHomeAsked(['residence'], ['وقال إن المريض من سكان منطقة الجهراء.'])).toBe(false);
    expect(missesHomeAsked(['seat'], ['وقالت الجمعية إنها جمعت 38 طنا من فائض الطعام.'])).toBe(true);
    expect(missesHomeAsked(['seat'], ['The society, based in Shuwaikh, collected 38 tonnes.'])).toBe(false);
    expect(missesHomeAsked(['seat'], ['وتقع مقر الجمعية في الشويخ.'])).toBe(false);
  });
});
