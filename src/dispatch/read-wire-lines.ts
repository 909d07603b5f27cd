import { agencyNamedIn, latinMarkerPattern } from './agency-markers.js';
import { makeDate } from './make-date.js';
import { readPageTime } from './read-page-time.js';
import { isFurnitureLine, stripWrapper } from './wire-furniture.js';
import { cleanLine, matchForm } from './wire-line-forms.js';
import { datePattern } from './wire-patterns.js';

/** Longest line a dispatch may have; a longer one is not wire copy. */
export const MAX_LINE = 100_000;

/** A chunk's lines as the parsers read them: cleaned, non-blank, furniture and wrappers gone, date line taken. */
export interface WireLines {
  lines: string[];
  /** YYYY-MM-DD from a `Date :` / `التاريخ :` line, or null */
  dateLine: string | null;
  /** the agency a republisher's wrapper names, `(MENAFN- Kuwait News Agency (KUNA))` */
  wrapperAgency: string | null;
  /** YYYY-MM-DD: the latest time stamp the page prints on a line of its own (`12/24/2024 1:05:18 AM`), or null */
  pageDate: string | null;
  warnings: string[];
}

/**
 * Reads a chunk's text into lines: BOM and CRLF gone, each line cleaned, blank lines, page
 * furniture and republication wrappers dropped (each drop a warning), and a leading date line
 * read. Fails on an over-long line, an impossible date, or nothing left to read.
 */
export function readWireLines(raw: string): { ok: true; value: WireLines } | { ok: false; reason: string } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const longest = longestLine(text);
  if (longest > MAX_LINE) return fail(`line of ${longest.toLocaleString('en')} characters is too long for a dispatch`);
  const warnings: string[] = [];
  const lines: string[] = [];
  let furniture = 0;
  let wrapperAgency: string | null = null;
  let pageDate: string | null = null;
  let blankOnly = true;
  for (const rawLine of text.split('\n')) {
    const clean = cleanLine(rawLine);
    if (clean.length === 0) continue;
    blankOnly = false;
    if (isFurnitureLine(clean)) {
      furniture += 1;
      continue;
    }
    const { line, dropped, stampDate } = stripWrapper(clean);
    for (const what of dropped) {
      warnings.push(`${what} dropped`);
      wrapperAgency ??= agencyNamedIn(what) ?? null;
    }
    if (stampDate !== null && (pageDate === null || stampDate > pageDate)) pageDate = stampDate;
    const stamp = lines.length < 8 ? readPageTime(line) : null;
    if (stamp !== null) {
      warnings.push(`page time stamp "${line}" dropped`);
      if (pageDate === null || stamp > pageDate) pageDate = stamp;
      continue;
    }
    if (isCaptionCredit(line)) {
      warnings.push(`photo caption dropped: "${line}"`);
      continue;
    }
    if (line.length > 0) lines.push(line);
  }
  if (blankOnly) return fail('no text (only white space)');
  if (furniture > 0) warnings.push(`${furniture} line(s) of page furniture dropped`);
  if (lines.length === 0) return fail('no text (only page furniture)');

  let dateLine: string | null = null;
  const dateMatch = datePattern.exec(matchForm(lines[0] as string));
  if (dateMatch) {
    const [, day, month, year] = dateMatch as unknown as [string, string, string, string];
    const written = `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}`;
    dateLine = makeDate(Number(year), Number(month), Number(day));
    if (dateLine === null) return fail(`date ${written} does not exist`);
    lines.shift();
    if (lines.length === 0) return fail(`date line ${written} has no dispatch body`);
  }
  return { ok: true, value: { lines, dateLine, wrapperAgency, pageDate, warnings } };
}

/** A photo caption that credits its photographer: `… – KUNA photo`, `… —WAM photos`; any listed agency's marker (see agency-markers). */
const CAPTION_CREDIT = new RegExp(`[–—-]\\s*(?:${latinMarkerPattern}|Amiri Diwan|AFP|Reuters|AP)(?: and (?:${latinMarkerPattern}))? photos?$`, 'i');

function isCaptionCredit(line: string): boolean {
  return line.length <= 300 && CAPTION_CREDIT.test(line);
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - start);
    if (end < 0) return longest;
    start = end + 1;
  }
}
