import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeWireBytes } from '../../src/dispatch/decode-wire-bytes.js';
import { seedPath } from '../helpers/seed-path.js';

const reasonOf = (bytes: Uint8Array) => {
  const result = decodeWireBytes(bytes);
  return result.ok ? `decoded ${result.text.length} characters` : result.reason;
};

describe('decodeWireBytes', () => {
  it('decodes the seed to the same text', () => {
    const bytes = readFileSync(seedPath);
    expect(decodeWireBytes(bytes)).toEqual({ ok: true, text: bytes.toString('utf8') });
  });

  it('keeps the BOM so the text encodes back to the same bytes', () => {
    const bytes = readFileSync(fileURLToPath(new URL('../fixtures/wire/kuna-ar-bom-crlf.txt', import.meta.url)));
    const result = decodeWireBytes(bytes);
    expect(result.ok && result.text.startsWith('\uFEFFالتاريخ')).toBe(true);
    expect(result.ok && Buffer.from(result.text, 'utf8').equals(bytes)).toBe(true);
  });

  it('says an empty or blank file is empty', () => {
    expect(reasonOf(new Uint8Array())).toBe('file is empty');
    expect(reasonOf(Buffer.from(' \n\t\r\n'))).toBe('file is empty (only white space)');
    expect(reasonOf(Buffer.from('\uFEFF\n'))).toBe('file is empty (only white space)');
  });

  it('calls binary data binary: NUL bytes, or many control characters', () => {
    expect(reasonOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toBe(
      'file is binary data (it holds NUL bytes), not wire text',
    );
    expect(reasonOf(Buffer.from('KUWAIT, Feb 4 (KUNA) -- text\u0000more'))).toMatch(/NUL bytes/);
    expect(reasonOf(Buffer.from('\u0001\u0002\u0003\u0004 KUWAIT \u0005\u0006\u0007\u0008'))).toBe('file is binary data (control characters), not wire text');
  });

  it('says invalid UTF-8 is not UTF-8 and how to fix it', () => {
    // "الكويت" in Windows-1256, a common Arabic encoding before UTF-8
    expect(reasonOf(Buffer.from([0xc7, 0xe1, 0xdf, 0xe6, 0xed, 0xca, 0x0a]))).toMatch(/not valid UTF-8 .*save it as UTF-8/);
    expect(reasonOf(Buffer.from([0x41, 0xe2, 0x28, 0xa1]))).toMatch(/not valid UTF-8/);
  });

  it('recognises UTF-16 text and asks for UTF-8', () => {
    expect(reasonOf(Buffer.from('\uFEFFKUWAIT, Feb 4 (KUNA) --', 'utf16le'))).toBe('file is UTF-16 text; save it as UTF-8');
  });

  it('recognises an HTML page', () => {
    expect(reasonOf(Buffer.from('\n  <!DOCTYPE html>\n<html lang="ar"><head><title>KUNA</title></head><body>…</body></html>'))).toBe(
      'looks like an HTML page, not wire text',
    );
    expect(reasonOf(Buffer.from('<html>\n<body>KUWAIT, Feb 4 (KUNA) -- text</body></html>'))).toBe('looks like an HTML page, not wire text');
  });

  it('accepts wire text that merely mentions HTML', () => {
    expect(reasonOf(Buffer.from('KUWAIT, Feb 4 (KUNA) -- The ministry published the <html> guide online.\n(end)'))).toMatch(/^decoded/);
  });
});
