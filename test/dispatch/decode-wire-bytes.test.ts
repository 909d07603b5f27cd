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
    expect(decodeWireBytes(bytes)).toEqual({ ok: true, text: bytes.toString('utf8'), warnings: [] });
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

  it('says bytes that are neither UTF-8 nor Arabic in Windows-1256 are not UTF-8, and how to fix it', () => {
    expect(reasonOf(Buffer.from([0x41, 0xe2, 0x28, 0xa1]))).toMatch(/not valid UTF-8 .*save it as UTF-8/);
  });

  it('flags an HTML page for reduction to its article text', () => {
    const page = decodeWireBytes(Buffer.from('\n  <!DOCTYPE html>\n<html lang="ar"><head><title>KUNA</title></head><body>…</body></html>'));
    expect(page).toMatchObject({ ok: true, html: true });
    expect(decodeWireBytes(Buffer.from('<html>\n<body>KUWAIT, Feb 4 (KUNA) -- text</body></html>'))).toMatchObject({ ok: true, html: true });
  });

  it('accepts wire text that merely mentions HTML', () => {
    expect(reasonOf(Buffer.from('KUWAIT, Feb 4 (KUNA) -- The ministry published the <html> guide online.\n(end)'))).toMatch(/^decoded/);
  });
});

describe('decodeWireBytes: other encodings and damaged text', () => {
  const english = 'KUWAIT, Oct 29 (KUNA) -- The port authority opened a second grain terminal on Tuesday.\n(end)\nrt.hs\n';
  const arabic = 'الكويت - 29 - 10 (كونا) -- افتتحت هيئة الموانئ اليوم رصيفا ثانيا للحبوب.\n(النهاية)\n';
  const ok = (bytes: Uint8Array) => {
    const result = decodeWireBytes(bytes);
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  it('decodes UTF-16 with a byte order mark, either byte order', () => {
    const le = ok(Buffer.from(`\uFEFF${english}`, 'utf16le'));
    expect(le.text).toBe(`\uFEFF${english}`);
    expect(le.warnings).toEqual(['decoded as UTF-16LE (byte order mark)']);
    const be = ok(Buffer.from(`\uFEFF${arabic}`, 'utf16le').swap16());
    expect(be.text).toBe(`\uFEFF${arabic}`);
    expect(be.warnings).toEqual(['decoded as UTF-16BE (byte order mark)']);
  });

  it('decodes UTF-16 without a byte order mark instead of calling it binary', () => {
    const le = ok(Buffer.from(english, 'utf16le'));
    expect(le.text).toBe(english);
    expect(le.warnings).toEqual(['decoded as UTF-16LE (no byte order mark)']);
    const be = ok(Buffer.from(arabic, 'utf16le').swap16());
    expect(be.text).toBe(arabic);
    expect(be.warnings).toEqual(['decoded as UTF-16BE (no byte order mark)']);
  });

  it('still calls NUL-laden bytes that are no UTF-16 text binary', () => {
    expect(reasonOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatch(/binary data/);
  });

  it('decodes Windows-1256 Arabic bytes', () => {
    // "الكويت - (كونا)" in Windows-1256, a common Arabic encoding before UTF-8
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xdf, 0xe6, 0xed, 0xca, 0x20, 0x2d, 0x20, 0x28, 0xdf, 0xe6, 0xe4, 0xc7, 0x29, 0x0a]);
    const result = ok(cp1256);
    expect(result.text).toBe('الكويت - (كونا)\n');
    expect(result.warnings).toEqual(['decoded as Windows-1256 Arabic (not UTF-8)']);
  });

  it('repairs Arabic UTF-8 that was read as Windows-1252, and as Windows-1256', () => {
    const utf8 = Buffer.from(arabic, 'utf8');
    const as1252 = new TextDecoder('windows-1252').decode(utf8);
    const as1256 = new TextDecoder('windows-1256').decode(utf8);
    const first = ok(Buffer.from(as1252, 'utf8'));
    expect(first.text).toBe(arabic);
    expect(first.warnings).toEqual(['repaired 2 mis-decoded line(s) (UTF-8 read as Windows-1252)']);
    const second = ok(Buffer.from(as1256, 'utf8'));
    expect(second.text).toBe(arabic);
    expect(second.warnings).toEqual(['repaired 2 mis-decoded line(s) (UTF-8 read as Windows-1256)']);
  });

  it('repairs Windows-1256 Arabic that was read as Windows-1252, line by line', () => {
    const line = 'افتتحت هيئة الموانئ اليوم رصيفا ثانيا للحبوب في ميناء الشويخ.';
    const bytes1256 = [...line].map((char) => {
      for (let b = 0x80; b <= 0xff; b += 1) if (new TextDecoder('windows-1256').decode(Uint8Array.of(b)) === char) return b;
      return char.charCodeAt(0);
    });
    const garbled = new TextDecoder('windows-1252').decode(Uint8Array.from(bytes1256));
    const result = ok(Buffer.from(`أخبار الكويت\n${garbled}\n`, 'utf8'));
    expect(result.text).toBe(`أخبار الكويت\n${line}\n`);
    expect(result.warnings).toEqual(['repaired 1 mis-decoded line(s) (Windows-1256 read as Windows-1252)']);
  });

  it('rejects mis-decoded text it cannot repair, with that reason', () => {
    // Mojibake signs (Ø/Ù before C1-range characters) whose bytes are no UTF-8.
    expect(reasonOf(Buffer.from('Ø\u00a7Ø\u00a7Ø\u00a7Ø Ù Ù Ù\u00a7 ØØØ\n', 'utf8'))).toMatch(/looks mis-decoded .* could not be repaired/);
  });

  it('removes a stray control character with a warning (many still mean binary, above)', () => {
    const more = 'The terminal can store 120,000 tonnes of wheat and barley, the authority said in a statement.';
    const result = ok(Buffer.from(`KUWAIT, Oct 29 (KUNA) -- The port\u0007 authority opened a second grain terminal on Tuesday.\n${more}\n(end)\n`, 'utf8'));
    expect(result.text).toBe(`KUWAIT, Oct 29 (KUNA) -- The port authority opened a second grain terminal on Tuesday.\n${more}\n(end)\n`);
    expect(result.warnings).toEqual(['1 control character(s) removed']);
  });
});
