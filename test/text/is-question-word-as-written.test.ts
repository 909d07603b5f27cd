import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/text/expand-query.js';
import { isQuestionWordAsWritten } from '../../src/text/is-question-word-as-written.js';

describe('an asking word whose stem is a listed noun', () => {
  it('reads the dialect\'s `تعرف` ("do you know") as asking, not as `تعرفة` (a tariff)', () => {
    const query = expandQuery('تعرف كم زائر راح مهرجان الفلافل؟');
    expect(query.groups.flat(2)).not.toContain('tariff');
    expect(query.groups.flat(2)).toContain('visitor');
  });

  it('keeps the noun written as the noun', () => {
    expect(expandQuery('كم تعرفة الكهرباء الجديدة؟').groups.flat(2)).toContain('tariff');
  });

  it('tells the words apart as written', () => {
    expect(isQuestionWordAsWritten('تعرف')).toBe(true);
    expect(isQuestionWordAsWritten('تعرفة')).toBe(false);
    expect(isQuestionWordAsWritten('')).toBe(false);
  });
});
