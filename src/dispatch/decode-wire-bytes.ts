/** Share of control characters above which a text is taken for binary data. */
const CONTROL_SHARE = 0.01;
/** How far into the text an HTML page announces itself. */
const HTML_HEAD = 2000;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Turns received bytes into text, or says plainly why they are not wire text (empty, binary,
 * not UTF-8, an HTML page). The BOM is kept, so a dispatch's `raw` stays byte-identical to what
 * was received; the parser strips it.
 */
export function decodeWireBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength === 0) return fail('file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('file is UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) return fail('file is binary data (it holds NUL bytes), not wire text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('file is not valid UTF-8 text (binary data, or another encoding such as Windows-1256); save it as UTF-8');
  }
  if (text.trim() === '') return fail('file is empty (only white space)');
  if (countControls(text) / text.length > CONTROL_SHARE) return fail('file is binary data (control characters), not wire text');
  if (looksLikeHtml(text)) return fail('looks like an HTML page, not wire text');
  return { ok: true, text };
}

function fail(reason: string): DecodeResult {
  return { ok: false, reason };
}

/** C0 controls other than tab, LF, CR and form feed, plus DEL. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) count += 1;
  }
  return count;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HTML_HEAD).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return /<html[\s>]/.test(head) && /<(?:head|body)[\s>]/.test(head);
}
