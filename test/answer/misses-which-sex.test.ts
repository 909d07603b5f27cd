import { describe, expect, it } from 'vitest';
import { asksWhichSex, missesWhichSex } from '../../src/answer/misses-sex-asked.js';

// Sentences written for this test.
describe('near misses: which sex one is asked, no word of sex told', () => {
  it('reads a question setting the two sexes against each other, or asking the sex by its word', () => {
    expect(asksWhichSex('is the falcon male or female?')).toBe(true);
    expect(asksWhichSex('was the baby a girl or a boy?')).toBe(true);
    expect(asksWhichSex('الصقر ذكر ولا أنثى؟')).toBe(true);
    expect(asksWhichSex('المولود ولد أو بنت؟')).toBe(true);
    expect(asksWhichSex('what gender is the panda cub?')).toBe(true);
    expect(asksWhichSex('who won the men\'s final?')).toBe(false);
    expect(asksWhichSex('ما جنسية المريض؟')).toBe(false);
  });

  it('misses a passage with no word of sex, not one naming a man, a woman, a female', () => {
    expect(missesWhichSex(['A falcon fitted with a tracker was released at Sulaibikhat Bay on Tuesday after treatment.'])).toBe(true);
    expect(missesWhichSex(['وأطلق الفريق صقرا يحمل جهاز تتبع بعد علاجه، وذكر أن الطائر بصحة جيدة.'])).toBe(true);
    expect(missesWhichSex(['The falcon, a two-year-old female, was released on Tuesday.'])).toBe(false);
    expect(missesWhichSex(['The driver, a 29-year-old man, was taken to hospital.'])).toBe(false);
    expect(missesWhichSex(['وأطلق الفريق أنثى صقر بعد علاجها.'])).toBe(false);
  });
});
