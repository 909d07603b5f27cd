import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/answer-types.js';
import { formatAnswer } from '../../src/telegram/format-answer.js';

const citation = (id: string, paragraph: number, quote: string) => ({ id, quote, agency: 'KUNA', date: '2026-02-04', city: 'بكين', paragraph });

describe('formatAnswer', () => {
  it('lists a dispatch cited twice once, renumbering the marks in the text', () => {
    const result: AnswerResult = {
      answer: 'Putin spoke of the UN [1]\nand of BRICS [2]\nOil rose [3]',
      lang: 'en',
      found: true,
      mode: 'llm',
      citations: [citation('kuna-20260204-aaaaaaaaaaaa', 6, 'الأمم المتحدة'), citation('kuna-20260204-aaaaaaaaaaaa', 8, 'بريكس'), citation('kuna-20260205-bbbbbbbbbbbb', 0, 'النفط')],
    };
    const html = formatAnswer(result);
    expect(html).toContain('Putin spoke of the UN [1]\nand of BRICS [1]\nOil rose [2]');
    expect(html.match(/^\[\d\] /gm)).toEqual(['[1] ', '[2] ']);
    expect(html).toContain('[1] KUNA, \u2068Beijing\u2069, 2026-02-04 /source_kuna_20260204_aaaaaaaaaaaa');
  });

  it('writes every piece in the answer’s language: an Arabic answer under an Arabic heading', () => {
    const html = formatAnswer({ answer: 'قال بوتين «بريكس» [1]', lang: 'ar', found: true, mode: 'llm', citations: [citation('kuna-20260204-aaaaaaaaaaaa', 0, 'بريكس')] });
    expect(html).toContain('<b>المصادر</b>\n[1] KUNA, \u2068بكين\u2069, 2026-02-04');
    expect(html).not.toMatch(/Sources|in Arabic/);
  });
});
