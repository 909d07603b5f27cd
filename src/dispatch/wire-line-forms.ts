const TASHKEEL = /[\u064B-\u0652\u0670]/g;
const TATWEEL = /\u0640/g;

/** Arabic-Indic and Persian digits to Latin, one character for one. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Most wire lines need only a trim; this finds the ones that need more. */
const NEEDS_CLEANING = /[\u0640\u00A0\u200B-\u200F\u202A-\u202E\t\f\v\r]|\s\s/;

/**
 * A line as paragraphs keep it: tatweel dropped, runs of spaces (and bidi marks) collapsed to one
 * space, trimmed. Tashkeel is kept: it is part of the letters as written.
 */
export function cleanLine(line: string): string {
  if (!NEEDS_CLEANING.test(line)) return line.trim();
  return line.replace(TATWEEL, '').replace(/[\s\u00A0\u200B-\u200F\u202A-\u202E]+/g, ' ').trim();
}

/** A cleaned line as markers are matched: tashkeel dropped, digits Latin. Same length as long as no tashkeel is present. */
export function matchForm(line: string): string {
  return latinDigits(line.replace(TASHKEEL, ''));
}

function isTashkeel(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670;
}

/**
 * How many characters of `line` (a cleaned line) make up the first `length` characters of its
 * match form; tashkeel right after the last counted letter belongs to it and is included.
 */
export function originalPrefixLength(line: string, length: number): number {
  let counted = 0;
  let index = 0;
  while (index < line.length && counted < length) {
    if (!isTashkeel(line.charCodeAt(index))) counted += 1;
    index += 1;
  }
  while (index < line.length && isTashkeel(line.charCodeAt(index))) index += 1;
  return index;
}
