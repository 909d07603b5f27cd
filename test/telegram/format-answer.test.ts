import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/answer-types.js';
import { answerText } from '../../src/telegram/answer-text.js';
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

  it.each([
    ['en', 'The dispatches report the following, but not \u2068the figure asked for and «semi-final»\u2069:\nKUNA: «…»'],
    ['ar', 'تذكر البرقيات ما يلي، لكنها لا تذكر \u2068الرقم المطلوب و«semi-final»\u2069:\nKUNA: «…»'],
  ] as const)('words a partial answer’s frame in %s from the Fluent files', (lang, text) => {
    const result: AnswerResult = { answer: 'KUNA: «…»', lang, found: false, mode: 'extractive', citations: [], frame: { kind: 'partial', missing: ['number', 'semi-final'] } };
    expect(answerText(result)).toBe(text);
  });

  it('words a decline with the closest stored headlines', () => {
    const result: AnswerResult = { answer: '', lang: 'en', found: false, mode: 'extractive', citations: [], frame: { kind: 'declined', closest: ['Oil prices rise'] } };
    expect(answerText(result)).toBe('The stored dispatches say nothing about this.\nClosest stored topics:\n• Oil prices rise');
  });
});
