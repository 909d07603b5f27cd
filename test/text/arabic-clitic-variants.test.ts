import { describe, expect, it } from 'vitest';
import { cliticVariants, withoutProclitic } from '../../src/text/arabic-clitic-variants.js';

const vocabulary = (...terms: string[]) => {
  const held = new Set(terms);
  return (term: string) => held.has(term);
};

describe('cliticVariants', () => {
  it('adds the proclitic forms of a stem that the store holds, and only those', () => {
    const holds = vocabulary('بورص', 'لبورص', 'وبورص');
    expect(cliticVariants('بورص', holds)).toEqual(['بورص', 'وبورص', 'لبورص']);
    expect(cliticVariants('بورص', vocabulary())).toEqual(['بورص']);
  });

  it('takes a bare proclitic off when the store holds the rest, in either direction', () => {
    const holds = vocabulary('بورص', 'لبورص');
    expect(cliticVariants('لبورص', holds)).toEqual(['لبورص', 'بورص']);
    // Lucene's و of وزير (زير) and the definite الوزير (وزير) meet
    expect(cliticVariants('وزير', vocabulary('زير', 'وزير'))).toEqual(['وزير', 'زير']);
    expect(cliticVariants('زير', vocabulary('زير', 'وزير'))).toEqual(['زير', 'وزير']);
  });

  it('keeps a root of three letters: a two-letter rest is another word', () => {
    expect(cliticVariants('بحر', vocabulary('حر', 'بحر'))).toEqual(['بحر']);
    expect(cliticVariants('يد', vocabulary('ليد', 'بيد'))).toEqual(['يد']);
    expect(cliticVariants('كر', vocabulary('لكر'), 2)).toEqual(['كر', 'لكر']);
  });

  it('leaves Latin tokens and numbers alone', () => {
    expect(cliticVariants('boursa', vocabulary('lboursa'))).toEqual(['boursa']);
    expect(cliticVariants('ب100', vocabulary('100'))).toEqual(['ب100']);
  });
});

describe('withoutProclitic', () => {
  it('gives the token without each proclitic it may start with, two letters left at least', () => {
    expect(withoutProclitic('لكر')).toEqual(['كر']);
    expect(withoutProclitic('وبورص')).toEqual(['ورص', 'بورص']);
    expect(withoutProclitic('بي')).toEqual([]);
    expect(withoutProclitic('kuwait')).toEqual([]);
  });
});
