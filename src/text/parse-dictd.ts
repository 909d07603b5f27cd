/** One headword of a dictd index: where its article lies in the dictionary's uncompressed text. */
export interface DictdIndexEntry {
  headword: string;
  offset: number;
  length: number;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A dictd index number: base 64, most significant digit first (`BM` is 76). Pure. */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) throw new RangeError(`dictd number "${text}" holds "${char}", not a base-64 digit`);
    value = value * 64 + digit;
  }
  return value;
}

/**
 * The entries of a dictd `.index` file (headword, tab, offset, tab, length), without the
 * dictionary's own `00database…` entries and lines not of that shape. Pure.
 */
export function parseDictdIndex(text: string): DictdIndexEntry[] {
  const entries: DictdIndexEntry[] = [];
  for (const line of text.split('\n')) {
    const [headword, offset, length, ...rest] = line.split('\t');
    if (!headword || offset === undefined || length === undefined || rest.length > 0 || headword.startsWith('00database')) continue;
    entries.push({ headword, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
  }
  return entries;
}

/** A sense's number (`2. `). */
const NUMBERED = /^\d+\.\s+/;
/** A gloss in brackets (`الراكون (حيوان)`), a pronunciation between slashes. */
const ASIDE = /\([^)]*\)|\[[^\]]*\]|\/[^/]*\//g;

/**
 * The senses of one FreeDict article, in order: the lines after the headword's (which carries its
 * pronunciation), each without its number, glosses in brackets taken out; a line of several
 * translations (`يسدّ، يحكم`) gives each as a sense of its own. Pure.
 */
export function parseDictdArticle(article: string): string[] {
  const [, ...lines] = article.split('\n');
  return lines.flatMap((line) =>
    line
      .replace(NUMBERED, '')
      .replace(ASIDE, ' ')
      .split(/[،,;؛]/)
      .map((sense) => sense.replace(/\s+/g, ' ').trim())
      .filter((sense) => sense.length > 0),
  );
}
