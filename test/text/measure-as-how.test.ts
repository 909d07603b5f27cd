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
    ['weight of the new buoys?', 'how heavy is the new buoys?'],
    ['saw it this morning, depth of the flooded tunnel?', 'saw it this morning, how deep is the flooded tunnel?'],
  ])('reads "%s" as the dimension asked by "how"', (question, asked) => {
    expect(measureAsHow(question)).toBe(asked);
  });

  it.each([
    ['price of one of the new kayaks?', 'how much is the price of one of the new kayaks?'],
    ['heard it on the radio: cost of the new footbridge?', 'heard it on the radio: how much is the cost of the new footbridge?'],
    ['whats the price of a ferry ticket', 'how much is the price of a ferry ticket'],
  ])('reads "%s" as a price asked by "how much", the noun kept', (question, asked) => {
    expect(measureAsHow(question)).toBe(asked);
  });

  it('leaves a dimension named as a topic alone', () => {
    expect(measureAsHow('who decided the size of the fine')).toBe('who decided the size of the fine');
    expect(measureAsHow('the size of the fine was set by whom')).toBe('the size of the fine was set by whom');
    expect(measureAsHow('did the top speed of the ferries rise')).toBe('did the top speed of the ferries rise');
    expect(measureAsHow('i need to know who set the size of the fine')).toBe('i need to know who set the size of the fine');
    expect(measureAsHow('price of bread went up, who decided it?')).toBe('price of bread went up, who decided it?');
  });
});

describe('the kind of fact a dimension asked by its noun asks for', () => {
  it.each([
    ['whats the size of the new ferry', 'number'],
    ['what was the length of the pier', 'duration'],
    ['how tall is the new tower', 'number'],
    ['weight of the new buoys?', 'number'],
    ['price of one of the new kayaks?', 'number'],
  ] as const)('%s asks a %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});
