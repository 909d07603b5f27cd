import { describe, expect, it } from 'vitest';
import { decodeDictdNumber, parseDictdArticle, parseDictdIndex } from '../../src/text/parse-dictd.js';

describe('parseDictdIndex', () => {
  it('decodes base-64 offsets and lengths, most significant digit first', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('BM')).toBe(76);
    expect(decodeDictdNumber('/')).toBe(63);
    expect(() => decodeDictdNumber('a-b')).toThrow(/not a base-64 digit/);
  });

  it('reads headword, offset and length, leaving out the dictionary’s own entries and malformed lines', () => {
    const index = ['00databaseinfo\tc\tgN', 'salon\tLAeR\tg', 'عمال الإنقاذ\tBM\tBK', 'broken line', ''].join('\n');
    expect(parseDictdIndex(index)).toEqual([
      { headword: 'salon', offset: decodeDictdNumber('LAeR'), length: 32 },
      { headword: 'عمال الإنقاذ', offset: 76, length: 74 },
    ]);
  });
});

describe('parseDictdArticle', () => {
  it('gives the one sense of an article after its headword and pronunciation', () => {
    expect(parseDictdArticle('Salon /sˈalɒn/\nالصالون\n')).toEqual(['الصالون']);
  });

  it('gives numbered senses in order, each translation of a line apart, without glosses in brackets', () => {
    expect(parseDictdArticle('مرشّح /mrʃʃħ/\n1. Designate\n2. Filtrated, Leached\n')).toEqual(['Designate', 'Filtrated', 'Leached']);
    expect(parseDictdArticle('Raccoon /ɹakˈuːn/\nالراكون (حيوان)\nيسدّ، يحكم\n')).toEqual(['الراكون', 'يسدّ', 'يحكم']);
  });
});
