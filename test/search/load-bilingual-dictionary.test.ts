import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadBilingualDictionary } from '../../src/search/load-bilingual-dictionary.js';
import { analyseText } from '../../src/text/analyse-text.js';

/** A logger that records the messages it writes. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push((JSON.parse(line) as { msg: string }).msg) });
  return Object.assign(logger, { lines });
}

/** Writes one dictd dictionary (index and dictzip-compatible gzip) of one article. */
function writeDictd(dir: string, name: string, headword: string, article: string) {
  const bytes = Buffer.from(article, 'utf8');
  writeFileSync(join(dir, `${name}.index`), `00databaseinfo\tA\tA\n${headword}\tA\t${lengthDigits(bytes.length)}\n`);
  writeFileSync(join(dir, `${name}.dict.dz`), gzipSync(bytes));
}
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A length under 4096 in dictd's base 64. */
const lengthDigits = (n: number) => `${n >= 64 ? DIGITS.charAt(Math.floor(n / 64)) : ''}${DIGITS.charAt(n % 64)}`;

describe('loadBilingualDictionary', () => {
  it('is null when the dictionaries are not installed, and says so once in the log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirebrief-dictd-'));
    const logger = recordingLogger();
    expect(loadBilingualDictionary(logger, dir)).toBeNull();
    expect(loadBilingualDictionary(logger, dir)).toBeNull();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/dict-freedict-eng-ara/);
  });

  it('reads the installed dictd files of both directions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirebrief-dictd-'));
    writeDictd(dir, 'freedict-eng-ara', 'salon', 'Salon /sˈalɒn/\nالصالون\n');
    writeDictd(dir, 'freedict-ara-eng', 'الصالون', 'الصالون /ʔasˤsˤaːlˈuːn/\nSalon\n');
    const logger = recordingLogger();
    const dictionary = loadBilingualDictionary(logger, dir);
    expect(dictionary?.translationsOf(analyseText('salon')[0] as string)).toEqual([analyseText('الصالون')]);
    expect(dictionary?.translationsOf(analyseText('الصالون')[0] as string)).toEqual([analyseText('salon')]);
    expect(logger.lines).toEqual([]);
  });
});
