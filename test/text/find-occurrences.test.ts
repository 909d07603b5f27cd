import { describe, expect, it } from 'vitest';
import { findOccurrences } from '../../src/text/find-occurrences.js';

describe('findOccurrences', () => {
  it('gives every start of a part, overlapping ones included', () => {
    expect(findOccurrences('qatar beat qatar b', 'qatar')).toEqual([0, 11]);
    expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(findOccurrences('بعد قطر', 'قطر')).toEqual([4]);
  });

  it('finds nothing for a part not there or an empty part', () => {
    expect(findOccurrences('iran', 'qatar')).toEqual([]);
    expect(findOccurrences('iran', '')).toEqual([]);
  });
});
