import { arabicShare, repairMojibake } from './repair-mojibake.js';

/** Share of control characters above which a text is taken for binary data. */
const CONTROL_SHARE = 0.01;
/** How far into the text an HTML page announces itself. */
const HTML_HEAD = 2000;
/** Share of plausible characters a UTF-16 reading must reach to be taken for text. */
const UTF16_PLAUSIBLE = 0.95;

export type DecodeResult =
  | { ok: true; text: string; warnings: string[]; html?: boolean }
  | { ok: false; reason: string };

/**
 * Turns received bytes into text, or says plainly why they are not wire text (empty, binary).
 * UTF-8 is read as is; UTF-16 (with or without a byte order mark) and Windows-1256 Arabic are
 * decoded; text mis-decoded once already is repaired line by line, or rejected when it cannot be;
 * stray control characters are removed. Each of these is a warning. An HTML page is flagged
 * (`html`) for the caller to reduce to its article. The BOM is kept, so a dispatch's `raw` stays
 * identical to what was received; the parser strips it.
 */
export function decodeWireBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength === 0) return fail('file is empty');
  const warnings: string[] = [];
  let text: string | null = decodeUtf16(bytes, warnings);
  if (text === null) {
    if (bytes.includes(0)) return fail('file is binary data (it holds NUL bytes), not wire text');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = decodeWindows1256(bytes);
      if (text === null) {
        return fail('file is not valid UTF-8 text (binary data, or another encoding); save it as UTF-8');
      }
      warnings.push('decoded as Windows-1256 Arabic (not UTF-8)');
    }
  }
  if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') return fail('file is empty (only white space)');
  const controls = countControls(text);
  if (controls / text.length > CONTROL_SHARE) return fail('file is binary data (control characters), not wire text');
  if (controls > 0) {
    text = removeControls(text);
    warnings.push(`${controls} control character(s) removed`);
  }
  const mojibake = repairMojibake(text);
  if (mojibake.unrepaired > 0 && mojibake.repaired === 0) {
    return fail(`text looks mis-decoded (UTF-8 or Windows-1256 Arabic read as another encoding) and could not be repaired; ${mojibake.unrepaired} line(s) affected`);
  }
  if (mojibake.repaired > 0) {
    text = mojibake.text;
    warnings.push(`repaired ${mojibake.repaired} mis-decoded line(s) (${mojibake.kinds.join(', ')})`);
  }
  if (looksLikeHtml(text)) return { ok: true, text, warnings, html: true };
  return { ok: true, text, warnings };
}

function fail(reason: string): DecodeResult {
  return { ok: false, reason };
}

/** UTF-16 text: with a byte order mark, or without one when NUL bytes sit on one side and a reading is plausible text. */
function decodeUtf16(bytes: Uint8Array, warnings: string[]): string | null {
  if (bytes.byteLength >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    warnings.push(`decoded as ${encoding.toUpperCase()} (byte order mark)`);
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  }
  if (bytes.byteLength < 4 || bytes.byteLength % 2 !== 0 || !bytes.includes(0)) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (plausibleShare(text) >= UTF16_PLAUSIBLE) {
      warnings.push(`decoded as ${encoding.toUpperCase()} (no byte order mark)`);
      return text;
    }
  }
  return null;
}

/** Share of characters that wire text is made of: printable ASCII, white space, Latin-1, Arabic, general punctuation. */
function plausibleShare(text: string): number {
  let plausible = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0xa0 && c <= 0xff) || (c >= 0x600 && c <= 0x6ff) || (c >= 0x2000 && c <= 0x206f) || c === 0xfeff) plausible += 1;
  }
  return text.length === 0 ? 0 : plausible / text.length;
}

/** Bytes that are not UTF-8 but read as Arabic in Windows-1256 (most letters Arabic). */
function decodeWindows1256(bytes: Uint8Array): string | null {
  const text = new TextDecoder('windows-1256').decode(bytes);
  return arabicShare(text) >= 0.5 ? text : null;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

/** C0 controls other than tab, LF, CR and form feed, plus DEL. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (isControl(text.charCodeAt(i))) count += 1;
  return count;
}

/** The text without C0 controls (tab, LF, CR and form feed kept) and DEL. */
export function removeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HTML_HEAD).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return /<html[\s>]/.test(head) && /<(?:head|body)[\s>]/.test(head);
}
