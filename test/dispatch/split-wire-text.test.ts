import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/dispatch/parse-dispatch.js';
import { parseWireText } from '../../src/dispatch/parse-wire-text.js';
import { type WireChunk, splitWireText } from '../../src/dispatch/split-wire-text.js';
import { seedPath } from '../helpers/seed-path.js';

const wire = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/wire/${name}`, import.meta.url)), 'utf8');

/** The chunks must give the text back exactly, each at its own offset. */
function expectLossless(text: string, chunks: WireChunk[]): void {
  expect(chunks.map((c) => c.raw).join('')).toBe(text);
  for (const chunk of chunks) expect(text.slice(chunk.start, chunk.start + chunk.raw.length)).toBe(chunk.raw);
}
const headlineOf = (result: ParseResult | undefined) => (result?.ok ? result.dispatch.headline : `rejected: ${result?.reason ?? 'no chunk'}`);

describe('splitWireText', () => {
  it('gives a file with one dispatch back as a single chunk', () => {
    const text = readFileSync(seedPath, 'utf8');
    expect(splitWireText(text)).toEqual([{ raw: text, start: 0 }]);
  });

  it('keeps blank lines around a single dispatch inside its one chunk', () => {
    const text = wire('kuna-ar-stray-blank-lines.txt');
    expect(splitWireText(`\n\n${text}\n\n`)).toEqual([{ raw: `\n\n${text}\n\n`, start: 0 }]);
  });

  it('splits three dispatches back to back: Arabic, English with date and headline lines, a flash', () => {
    const text = wire('three-dispatches.txt');
    const chunks = splitWireText(text);
    expectLossless(text, chunks);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]?.raw).toMatch(/^التاريخ : 04\/02\/2026\n/);
    expect(chunks[0]?.raw).toMatch(/ع ف \/ ن ع ع\n\n$/);
    expect(chunks[1]?.raw).toMatch(/^Date : 04\/02\/2026\nKuwait weather to turn colder from Thursday\n/);
    expect(chunks[2]?.raw).toBe('URGENT -- Kuwait Cabinet approves draft state budget for 2026/2027 fiscal year (KUNA)\n');
  });

  it('separates garbage after the end marker and initials from the dispatch', () => {
    const text = wire('dispatch-then-garbage.txt');
    const chunks = splitWireText(text);
    expectLossless(text, chunks);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.raw.endsWith('(end)\nast.gb\n')).toBe(true);
    expect(chunks[1]?.raw).toMatch(/^--\nThis message and any attachments are confidential/);
  });

  it('separates text before the first dispatch from it', () => {
    const text = `Forwarded by the night desk.\nPlease check the figures.\n\n${wire('kuna-ar-indic-date.txt')}`;
    const chunks = splitWireText(text);
    expectLossless(text, chunks);
    expect(chunks.map((c) => c.raw.split('\n')[0])).toEqual(['Forwarded by the night desk.', 'التاريخ : ٠٥/٠٢/٢٠٢٦']);
  });

  it('splits dispatches without end markers at the next one’s headline line', () => {
    const first = 'Kuwait Fund signs loan with Uzbekistan\nKUWAIT, Feb 4 (KUNA) -- The Kuwait Fund for Arab Economic Development signed a loan agreement with Uzbekistan on Wednesday.\nThe loan will finance a water project.\n';
    const second = 'Boursa Kuwait ends higher\nKUWAIT, Feb 4 (KUNA) -- Boursa Kuwait closed higher on Wednesday.\nast.gb\n';
    const third = 'KUWAIT, Feb 4 (KUNA) -- Kuwait Airways received its third new aircraft this year.\n';
    const chunks = splitWireText(first + second + third);
    expect(chunks.map((c) => c.raw)).toEqual([first, second, third]);
  });

  it('keeps an عاجل headline with its dateline, and splits flashes one per line', () => {
    expect(splitWireText(wire('kuna-ar-urgent-headline.txt'))).toHaveLength(1);
    const flashes = wire('flash-ar.txt') + wire('flash-en.txt');
    expect(splitWireText(flashes).map((c) => c.raw)).toEqual([wire('flash-ar.txt'), wire('flash-en.txt')]);
  });

  it('keeps CRLF and the BOM in the chunks', () => {
    const text = wire('kuna-ar-bom-crlf.txt') + wire('kuna-ar-bom-crlf.txt').slice(1);
    const chunks = splitWireText(text);
    expectLossless(text, chunks);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.raw).toBe(wire('kuna-ar-bom-crlf.txt'));
  });

  it('gives nothing for empty text', () => {
    expect(splitWireText('')).toEqual([]);
  });
});

describe('parseWireText', () => {
  const ctx = { year: 2026, date: '2026-02-13' };

  it('keeps a headline ending in a clock time or initials with its dispatch', () => {
    const body = 'KUWAIT, Feb 22 (KUNA) -- The sessions in the park start at 9 p.m., the coach said. (end)\nnm.sh\n';
    for (const headline of ['CORRECTION: Park sessions start at 9 p.m., not 8 p.m.', 'Kuwait and the U.S.']) {
      const results = parseWireText(`${headline}\n${body}`, ctx);
      expect(results.map((r) => (r.result.ok ? r.result.dispatch.headline : r.result.reason))).toEqual([headline]);
    }
  });

  it('still keeps a finished sentence before a dateline apart from the dispatch', () => {
    const results = parseWireText('Please check the figures.\nKUWAIT, Feb 22 (KUNA) -- Boursa Kuwait closed higher on Sunday. (end)\n', ctx);
    expect(results.map((r) => (r.result.ok ? 'dispatch' : 'rejected'))).toEqual(['rejected', 'dispatch']);
  });

  it('parses each dispatch of a file, in order, with its index', () => {
    const results = parseWireText(wire('three-dispatches.txt'), ctx);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(results.map((r) => (r.result.ok ? [r.result.dispatch.lang, r.result.dispatch.urgent] : r.result.reason))).toEqual([
      ['ar', false],
      ['en', false],
      ['en', true],
    ]);
    expect(headlineOf(results[1]?.result)).toBe('Kuwait weather to turn colder from Thursday');
    for (const r of results) expect(r.result.ok && r.result.dispatch.raw).toBe(r.raw);
  });

  it('keeps the dispatch and rejects the garbage after it with a reason', () => {
    const [dispatch, garbage] = parseWireText(wire('dispatch-then-garbage.txt'), ctx);
    expect(dispatch?.result.ok && dispatch.result.dispatch.editors).toBe('ast.gb');
    expect(garbage?.result).toEqual({ ok: false, reason: 'no dateline with an agency marker such as (كونا) or (KUNA) found' });
    expect(garbage?.raw).toContain('confidential');
  });

  it('rejects a date line with no body and still reads the dispatch after it', () => {
    const results = parseWireText(`التاريخ : 04/02/2026\n\n${wire('kuna-en-headline.txt')}`, ctx);
    expect(results.map((r) => (r.result.ok ? r.result.dispatch.date : r.result.reason))).toEqual([
      'date line 04/02/2026 has no dispatch body',
      '2026-09-30',
    ]);
  });

  it('gives nothing for a whitespace-only text', () => {
    expect(parseWireText(' \n\t\r\n\uFEFF', ctx)).toEqual([]);
  });

  it('rejects a 3 MB single line with its length', () => {
    const line = `KUWAIT, Feb 4 (KUNA) -- ${'(end '.repeat(700_000)}`.slice(0, 3 * 1024 * 1024);
    const results = parseWireText(line, ctx);
    expect(results.map((r) => (r.result.ok ? 'parsed' : r.result.reason))).toEqual(['line of 3,145,728 characters is too long for a dispatch']);
  });
});
