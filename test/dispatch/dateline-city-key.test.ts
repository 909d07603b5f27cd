import { describe, expect, it } from 'vitest';
import { datelineCityKey } from '../../src/dispatch/dateline-city-key.js';

describe('datelineCityKey', () => {
  it('reads a dateline that names a city and a country alike as the city', () => {
    expect(datelineCityKey('عمان')).toBe('amman');
    expect(datelineCityKey('AMMAN')).toBe('amman');
    expect(datelineCityKey('الكويت')).toBe(datelineCityKey('KUWAIT'));
  });

  it('gives a city no gazetteer lists the same key in both scripts', () => {
    expect(datelineCityKey('بيشكك')).toBe(datelineCityKey('BISHKEK'));
    expect(datelineCityKey('GABALA')).toBe(datelineCityKey('غابالا'));
    expect(datelineCityKey('BISHKEK')).not.toBe(datelineCityKey('GABALA'));
  });
});
