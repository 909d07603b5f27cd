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

  it('reads a city the gazetteer lists under another form in one script by the skeleton of one of its names', () => {
    // the gazetteer's Arabic form is `محافظة الأحمدي`: the bare `الأحمدي` meets the English `Ahmadi` by its skeleton
    expect(datelineCityKey('الأحمدي')).toBe('ahmadi');
    expect(datelineCityKey('الأحمدي')).toBe(datelineCityKey('AHMADI'));
    expect(datelineCityKey('BISHKEK')?.startsWith('~')).toBe(true);
  });
});
