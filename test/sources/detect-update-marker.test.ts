import { describe, expect, it } from 'vitest';
import { detectUpdateMarker } from '../../src/sources/detect-update-marker.js';

describe('detectUpdateMarker', () => {
  it('finds Arabic update and correction marks at the start or in brackets', () => {
    expect(detectUpdateMarker('تحديث: ارتفاع سعر النفط الكويتي', '')).toBe('update');
    expect(detectUpdateMarker('تصحيح - وزير الخارجية يلتقي نظيره', '')).toBe('correction');
    expect(detectUpdateMarker('ارتفاع سعر النفط الكويتي (تحديث 2)', '')).toBe('update');
    expect(detectUpdateMarker('عاجل: تحديث: انفجار في الميناء', '')).toBe('update');
  });

  it('finds English marks in capitals, in the headline or the first line', () => {
    expect(detectUpdateMarker('UPDATE 1-Kuwait oil price rises', '')).toBe('update');
    expect(detectUpdateMarker('Kuwait oil price rises', 'CORRECTED-Kuwait oil price rises')).toBe('correction');
  });

  it('ignores the words in ordinary prose', () => {
    expect(detectUpdateMarker('Minister gives an update on the budget', 'A correction was expected')).toBeNull();
    expect(detectUpdateMarker('الحكومة تعلن خطة تحديث البنية التحتية', 'بهدف تصحيح المسار')).toBeNull();
  });
});
