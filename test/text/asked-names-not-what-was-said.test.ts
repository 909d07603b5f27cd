import { describe, expect, it } from 'vitest';
import { findAskedNames } from '../../src/text/find-asked-names.js';

describe('the names a question asks to hear from, not what it says was said', () => {
  it('reads no name in what follows إن or أن after the verb of saying', () => {
    expect(findAskedNames('منو قالت إن خدمات السكن زادت؟')).toEqual([]);
    expect(findAskedNames('من قال إن 12 منتخبا شاركت في البطولة؟')).toEqual([]);
    expect(findAskedNames('مين ذكر أن الطريق بينفتح الأحد؟')).toEqual([]);
  });

  it('still reads the name after the verb', () => {
    expect(findAskedNames('ماذا قال المطيري عن الميناء؟')).toEqual(['المطيري']);
    expect(findAskedNames('شو قال الهاجري؟')).toEqual(['الهاجري']);
  });
});
