import { agencyOfMarker } from './agency-markers.js';
import { deriveHeadline } from './derive-headline.js';
import { detectLanguage } from '../text/detect-language.js';
import type { ParsedDispatch } from './dispatch-types.js';
import { findRepeats } from './find-repeats.js';
import { makeDate } from './make-date.js';
import { type DatelineMatch, parseDateline } from './parse-dateline.js';
import { type DateContext, resolveDispatchDate } from './resolve-dispatch-date.js';
import { splitDispatchTail } from './split-dispatch-tail.js';
import { cleanLine, matchForm, originalPrefixLength } from './wire-line-forms.js';
import { datePattern, flashPattern, markerInLinePattern } from './wire-patterns.js';

export type ParseResult = { ok: true; dispatch: ParsedDispatch; warnings: string[] } | { ok: false; reason: string };

/** `year` dates a dispatch known by its dateline alone; `date` (YYYY-MM-DD, the ingest date) a flash with no date at all. */
export type ParseContext = DateContext;

/** Longest line a dispatch may have; a longer one is not wire copy. */
export const MAX_LINE = 100_000;
/** How many lines (after the date line) may precede the dateline: the headline. */
const HEAD_LINES = 3;

/**
 * Parses one dispatch's text into fields (DESIGN.md, "The dispatch"). Pure, linear in the text.
 * `raw` is kept as given. Markers are matched on a normalised form (BOM, CRLF, tatweel, tashkeel,
 * Arabic-Indic digits); paragraphs drop tatweel and collapse spaces but keep letters and tashkeel.
 */
export function parseDispatch(raw: string, ctx: ParseContext): ParseResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const longest = longestLine(text);
  if (longest > MAX_LINE) return fail(`line of ${longest.toLocaleString('en')} characters is too long for a dispatch`);
  const lines = text.split('\n').map(cleanLine).filter((line) => line.length > 0);
  if (lines.length === 0) return fail('no text (only white space)');
  const warnings: string[] = [];

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

  // The dateline paragraph opens the body; a line before it is the headline.
  let datelineIndex = -1;
  let found: DatelineMatch | null = null;
  for (let i = 0; i < Math.min(HEAD_LINES, lines.length) && found === null; i += 1) {
    found = parseDateline(withoutFlashPrefix(matchForm(lines[i] as string)).slice(0, 300));
    if (found) datelineIndex = i;
  }

  let urgent = false;
  let headline = '';
  let body: string[];
  if (found) {
    const headLines = lines.slice(0, datelineIndex);
    urgent = [...headLines, lines[datelineIndex] as string].some((line) => flashPattern.test(matchForm(line)));
    headline = headLines.map(withoutFlashPrefix).join(' ').trim();
    body = [stripPrefix(lines[datelineIndex] as string, found.prefixLength), ...lines.slice(datelineIndex + 1)];
  } else {
    const flash = flashPattern.exec(matchForm(lines[0] as string));
    if (!flash) return fail('no dateline with an agency marker such as (كونا) or (KUNA) found');
    urgent = true;
    body = [stripPrefix(lines[0] as string, 0), ...lines.slice(1)];
  }
  const agency = found?.agency ?? agencyInLine(lines[0] as string);
  if (!agency) return fail('flash has no agency marker such as (كونا) or (KUNA)');
  if (!found) body[0] = withoutMarker(body[0] as string);

  const tail = splitDispatchTail(body.filter((line) => line.length > 0));
  if (tail.paragraphs.length === 0) return fail('dispatch has a dateline but no text');
  if (tail.trailing.length > 0) warnings.push(`${tail.trailing.length} line(s) after the end marker kept in raw only`);

  const date = resolveDispatchDate(dateLine, found?.dateline ?? null, ctx, warnings);
  if (!date.ok) return date;

  const lead = tail.paragraphs[0] as string;
  return {
    ok: true,
    warnings,
    dispatch: {
      agency,
      lang: detectLanguage(tail.paragraphs.join(' ')),
      date: date.value,
      dateline: found?.dateline ?? null,
      headline: headline || deriveHeadline(lead),
      headlineDerived: headline.length === 0,
      paragraphs: tail.paragraphs,
      repeats: findRepeats(tail.paragraphs),
      urgent,
      endMarker: tail.endMarker,
      editors: tail.editors,
      raw,
    },
  };
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

/** The line without a leading `عاجل:` / `URGENT --` / `FLASH --`. */
function withoutFlashPrefix(line: string): string {
  const flash = flashPattern.exec(line);
  return flash ? line.slice(line.length - (flash[2] as string).length) : line;
}

/** A cleaned line without its flash prefix and then `prefixLength` match-form characters of dateline. */
function stripPrefix(line: string, prefixLength: number): string {
  const form = matchForm(line);
  const flash = flashPattern.exec(form);
  const offset = flash ? form.length - (flash[2] as string).length : 0;
  return line.slice(originalPrefixLength(line, offset + prefixLength)).trim();
}

/** A flash's text without the agency marker that opens or closes it: `… (KUNA)`. */
function withoutMarker(text: string): string {
  const trimmed = text.replace(/^\(\s*[^()]{2,12}\s*\)\s*(?:--|—|–|-)?\s*/, (m) => (agencyInLine(m) ? '' : m));
  return trimmed.replace(/\s*\(\s*[^()]{2,12}\s*\)\s*$/, (m) => (agencyInLine(m) ? '' : m)).trim() || text;
}

function agencyInLine(line: string): string | undefined {
  const marker = markerInLinePattern.exec(matchForm(line));
  return marker ? agencyOfMarker(marker[1] as string) : undefined;
}
