/**
 * Text that was mis-decoded once already (as real sites show it): UTF-8 Arabic read as Windows-1252
 * or Latin-1 (`Ø§Ù„ÙƒÙˆÙŠØª`), UTF-8 Arabic read as Windows-1256 (`ط§ظ„ظƒظˆظٹطھ`), or Windows-1256
 * Arabic read as Windows-1252 (`ÇáßæíÊ`). Each line is looked at alone (a page may be half right)
 * and put back when one reading of its characters' bytes gives Arabic.
 */

const latin1252 = new TextDecoder('windows-1252');
const arabic1256 = new TextDecoder('windows-1256');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Character → byte for the upper half of a single-byte code page. */
function encoderFor(decoder: { decode(bytes: Uint8Array): string }): Map<string, number> {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return table;
}
const to1252 = encoderFor(latin1252);
const to1256 = encoderFor(arabic1256);

/** The line's bytes in a code page, or null when a character is not in it. */
function encode(line: string, table: Map<string, number>, latin1: boolean): Uint8Array | null {
  const bytes = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else {
      const byte = table.get(line[i] as string) ?? (latin1 && code <= 0xff ? code : undefined);
      if (byte === undefined) return null;
      bytes[i] = byte;
    }
  }
  return bytes;
}

/** Share of a text's letters that are Arabic. */
export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters += 1;
      if (char >= '\u0600' && char <= '\u06ff') arabic += 1;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** Signs of mis-decoding: `Ø`/`Ù` before a C1-range character, or `ط`/`ظ` before one of Windows-1256's upper-half symbols. */
const utf8As1252 = /[ØÙÚÛ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]/g;
const utf8As1256 = /[طظ][\u0080-\u00bf\u0152\u0153\u0192\u02c6\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122\u067e\u0679\u0686\u0698\u0688\u06af\u06a9\u0691\u200c\u200d\u06ba\u060c\u06be\u061b\u061f]/g;
/** Windows-1256 Arabic read as Windows-1252: letters of Latin-1's upper half, no Arabic. */
const upperLatin = /[\u00c0-\u00ff]/g;

export type MojibakeRepair = { text: string; repaired: number; unrepaired: number; kinds: string[] };

/** Repairs each mis-decoded line it can; counts the lines it could not. Cheap on clean text (one test). */
export function repairMojibake(text: string): MojibakeRepair {
  if (!/[\u00c0-\u00ff]|[طظ][\u0080-\u00bf\u2013-\u2026]/.test(text)) return { text, repaired: 0, unrepaired: 0, kinds: [] };
  const kinds = new Set<string>();
  let repaired = 0;
  let unrepaired = 0;
  const lines = text.split('\n').map((line) => {
    const kind = suspect(line);
    if (kind === null) return line;
    const fixed = repairLine(line, kind);
    if (fixed === null) {
      unrepaired += 1;
      return line;
    }
    repaired += 1;
    kinds.add(kind);
    return fixed;
  });
  return { text: lines.join('\n'), repaired, unrepaired, kinds: [...kinds] };
}

type Kind = 'UTF-8 read as Windows-1252' | 'UTF-8 read as Windows-1256' | 'Windows-1256 read as Windows-1252';

function suspect(line: string): Kind | null {
  if ((line.match(utf8As1252) ?? []).length >= 3) return 'UTF-8 read as Windows-1252';
  if ((line.match(utf8As1256) ?? []).length >= 3) return 'UTF-8 read as Windows-1256';
  const upper = (line.match(upperLatin) ?? []).length;
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  if (upper >= 8 && upper / Math.max(1, letters) > 0.4 && arabicShare(line) === 0) return 'Windows-1256 read as Windows-1252';
  return null;
}

function repairLine(line: string, kind: Kind): string | null {
  const carriage = line.endsWith('\r') ? '\r' : '';
  const body = carriage ? line.slice(0, -1) : line;
  const bytes = encode(body, kind === 'UTF-8 read as Windows-1256' ? to1256 : to1252, kind !== 'UTF-8 read as Windows-1256');
  if (bytes === null) return null;
  let fixed: string;
  try {
    fixed = kind === 'Windows-1256 read as Windows-1252' ? arabic1256.decode(bytes) : utf8.decode(bytes);
  } catch {
    return null;
  }
  return arabicShare(fixed) > 0.5 ? fixed + carriage : null;
}
