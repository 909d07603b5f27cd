import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { measureAsHow } from '../../src/text/measure-as-how.js';

describe('measureAsHow', () => {
  it.each([
    ['whats the size of the new ferry', 'how big is the new ferry'],
    ['what is the length of the pier?', 'how long is the pier?'],
    ["what's the height of the tower", 'how tall is the tower'],
    ['top speed of the new ferry?', 'how fast is the new ferry?'],
    ['what was the maximum depth of the dive', 'how deep is the dive'],
    ['i need the size of the visiting team', 'how big is the visiting team'],
    ['give me the length of the new pier', 'how long is the new pier'],
  ])('reads "%s" as the dimension asked by "how"', (question, asked) => {
    expect(measureAsHow(question)).toBe(asked);
  });

  it('leaves a dimension named as a topic alone', () => {
    expect(measureAsHow('who decided the size of the fine')).toBe('who decided the size of the fine');
    expect(measureAsHow('the size of the fine was set by whom')).toBe('the size of the fine was set by whom');
    expect(measureAsHow('did the top speed of the ferries rise')).toBe('did the top speed of the ferries rise');
    expect(measureAsHow('i need to know who set the size of the fine')).toBe('i need to know who set the size of the fine');
  });
});

describe('the kind of fact a dimension asked by its noun asks for', () => {
  it.each([
    ['whats the size of the new ferry', 'number'],
    ['what was the length of the pier', 'duration'],
    ['how tall is the new tower', 'number'],
  ] as const)('%s asks a %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});
