import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../eval/load-eval-set.js';
import { scoreQuestion } from '../../eval/score-question.js';

type Result = Parameters<typeof scoreQuestion>[3];

const question: EvalQuestion = {
  id: 'en-rain-1',
  split: 'dev',
  lang: 'en',
  question: 'What did the Met director say about the rain?',
  kinds: ['attribution'],
  expected: ['rain.txt#0'],
  speaker: 'nobody-lists-this-id',
};

function extractive(answer: string, lang: 'ar' | 'en' = 'en'): Result {
  return { answer, lang, found: true, mode: 'extractive', citations: [{ id: 'd1', quote: answer }] } as Result;
}

// The speaker column for names no gazetteer lists: the question carries the dispatches' spellings.
describe('scoreQuestion, speaker named', () => {
  const answer = 'Met Department Director Dherar Al-Ali told KUNA the weather would ease on Wednesday.';

  it('counts a speaker the gazetteer does not know as named when the answer writes one of the labelled spellings', () => {
    const labelled = { ...question, speakerNames: { ar: ['ضرار العلي'], en: ['Dherar Al-Ali'] } };
    expect(scoreQuestion(labelled, ['d1'], ['d1'], extractive(answer)).speakerNamed).toBe(true);
    expect(scoreQuestion(labelled, ['d1'], ['d1'], extractive('قال ضرار العلي إن الحالة تنحسر', 'ar')).speakerNamed).toBe(true);
  });

  it('takes the spellings of the answer language only, and finds no speaker an answer does not name', () => {
    const labelled = { ...question, speakerNames: { ar: ['ضرار العلي'], en: ['Dherar Al-Ali'] } };
    expect(scoreQuestion(labelled, ['d1'], ['d1'], extractive(answer, 'ar')).speakerNamed).toBe(false);
    expect(scoreQuestion(labelled, ['d1'], ['d1'], extractive('The weather would ease on Wednesday.')).speakerNamed).toBe(false);
  });

  it('without spellings, an unknown id is never found in an answer, and an LLM answer is not scored for it', () => {
    expect(scoreQuestion(question, ['d1'], ['d1'], extractive(answer)).speakerNamed).toBe(false);
    expect(scoreQuestion(question, ['d1'], ['d1'], { ...extractive(answer), mode: 'llm' } as Result).speakerNamed).toBeNull();
  });
});
