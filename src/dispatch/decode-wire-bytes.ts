/** Share of control characters above which a text is taken for binary data. */
const CONTROL_SHARE = 0.01;

/**
 * Turns received bytes into text, or says plainly why they are not wire text. The BOM is kept,
 * so the dispatch's `raw` stays byte-identical to what was received.
 */
export function decodeWireBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.byteLength === 0) return { ok: false, reason: 'file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'contains NUL bytes: binary data, not wire text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text (binary data or another encoding; save it as UTF-8)' };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'file is blank (only white space)' };
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls / text.length > CONTROL_SHARE) return { ok: false, reason: 'is binary data (control characters), not wire text' };
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head) && /<(head|body)[\s>]/.test(head)) {
    return { ok: false, reason: 'looks like an HTML page, not wire text' };
  }
  return { ok: true, text };
}
