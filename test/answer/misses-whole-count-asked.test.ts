import { describe, expect, it } from 'vitest';
import { missesWholeCount, wholeCountryAsked } from '../../src/answer/misses-whole-count-asked.js';

// Sentences written for this test.
describe('near misses: a count of the whole country asked of a passage counting one part of it', () => {
  it('reads a count of the whole country, in English and Arabic', () => {
    expect(wholeCountryAsked('how many bus stops are there in all of kuwait?')).toBe('kuwait');
    expect(wholeCountryAsked('كم موقف باص بالكويت كلها؟')).toBe('kuwait');
    expect(wholeCountryAsked('كم موقف باص في كل الكويت؟')).toBe('kuwait');
    expect(wholeCountryAsked('how many bus stops are there in kuwait?')).toBeUndefined();
    expect(wholeCountryAsked('كم موقف باص في حولي؟')).toBeUndefined();
  });

  it('misses a passage whose figures count a district, a body named after the country or no place, not one counting the country', () => {
    expect(missesWholeCount('kuwait', 'The transport company fixed 42 bus stops in Jabriya on Sunday.')).toBe(true);
    expect(missesWholeCount('kuwait', 'Kuwait Municipality said it had painted 42 bus stops.')).toBe(true);
    expect(missesWholeCount('kuwait', 'قالت بلدية الكويت إنها طلت 42 موقف باص في الجابرية.')).toBe(true);
    expect(missesWholeCount('kuwait', 'There are 1,900 bus stops in Kuwait, the company said.')).toBe(false);
    expect(missesWholeCount('kuwait', 'The company runs 1,900 bus stops nationwide.')).toBe(false);
    expect(missesWholeCount('kuwait', 'وقال إن في البلاد 1900 موقف باص.')).toBe(false);
  });
});
