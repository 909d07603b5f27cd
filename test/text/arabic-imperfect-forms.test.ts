import { describe, expect, it } from 'vitest';
import { arabicImperfectForms } from '../../src/text/arabic-imperfect-forms.js';

const holding = (...terms: string[]) => (term: string) => terms.includes(term);

describe('arabicImperfectForms', () => {
  it('finds the future imperfect the wire writes of a derived verb given in the past or the present', () => {
    expect(arabicImperfectForms('استبدل', holding('ستستبدل'))).toEqual(['ستستبدل']);
    expect(arabicImperfectForms('يستبدل', holding('تستبدل', 'ستستبدل'))).toEqual(['تستبدل', 'ستستبدل']);
  });

  it('leaves a bare root of three letters alone: its imperfect is another word too', () => {
    expect(arabicImperfectForms('قدم', holding('تقدم', 'يقدم'))).toEqual([]);
    expect(arabicImperfectForms('يقدر', holding('تقدر'))).toEqual([]);
  });

  it('gives only forms the store holds, never the token itself, nothing for a Latin word', () => {
    expect(arabicImperfectForms('ستستبدل', holding('ستستبدل'))).toEqual([]);
    expect(arabicImperfectForms('replace', holding('replace'))).toEqual([]);
  });
});
