import { agencyNamedIn, agencyOfMarker, markerPattern, namePattern } from './agency-markers.js';
import { deriveHeadline } from './derive-headline.js';
import { detectLanguage } from '../text/detect-language.js';
import type { Dateline, ParsedDispatch } from './dispatch-types.js';
import { findRepeats } from './find-repeats.js';
import { type DatelineMatch, parseDateline } from './parse-dateline.js';
import { type WireLines, readWireLines } from './read-wire-lines.js';
import { type DateContext, resolveDispatchDate, withPageDate } from './resolve-dispatch-date.js';
import { splitDispatchTail } from './split-dispatch-tail.js';
import { matchForm, originalPrefixLength } from './wire-line-forms.js';
import { flashPattern, markerInLinePattern } from './wire-patterns.js';

export { MAX_LINE } from './read-wire-lines.js';

export type ParseResult = { ok: true; dispatch: ParsedDispatch; warnings: string[] } | { ok: false; reason: string };

/** Dates (see DateContext) and `agency`: the source's default agency, for copy that names none. */
export interface ParseContext extends DateContext {
  agency?: string;
}

/** How many lines (after the date line) may precede the dateline: the headline and photo captions. */
const HEAD_LINES = 6;
/** A headline line is at most this long and is not a finished sentence. */
const HEADLINE_MAX = 160;

/** The agency of a flash that names none, from a source that gives none (`ingest --agency` sets one). */
export const UNKNOWN_AGENCY = 'UNKNOWN';
export const UNKNOWN_AGENCY_WARNING = 'agency unknown: the flash names none and its source gives none (ingest --agency NAME sets it)';

/**
 * Parses one dispatch's text into fields (DESIGN.md, "The dispatch"). Pure, linear in the text.
 * `raw` is kept as given. Markers are matched on a normalised form (BOM, CRLF, tatweel, tashkeel,
 * Arabic-Indic digits); paragraphs drop tatweel and collapse spaces but keep letters and tashkeel.
 * Copy a reader would take is taken; each guess made for it is named in `warnings`.
 */
export function parseDispatch(raw: string, ctx: ParseContext, preread?: WireLines): ParseResult {
  const read = preread ? { ok: true as const, value: preread } : readWireLines(raw);
  if (!read.ok) return read;
  const { dateLine, wrapperAgency } = read.value;
  let lines = read.value.lines;
  const warnings = [...read.value.warnings];

  // The dateline paragraph opens the body; the line before it is the headline, any others captions.
  let datelineIndex = -1;
  let found: DatelineMatch | null = null;
  for (let i = 0; i < Math.min(HEAD_LINES, lines.length) && found === null; i += 1) {
    found = parseDateline(withoutFlashPrefix(matchForm(lines[i] as string)).slice(0, 300));
    if (found) datelineIndex = i;
  }

  let urgent = false;
  let headline = '';
  let body: string[];
  let agency: string | undefined;
  let city = found?.city ?? null;
  if (found) {
    const headLines = lines.slice(0, datelineIndex);
    urgent = [...headLines, lines[datelineIndex] as string].some((line) => flashPattern.test(matchForm(line)));
    const title = chooseHeadline(headLines);
    headline = title === null ? '' : withoutFlashPrefix(headLines[title] as string).trim();
    headLines.forEach((line, i) => {
      if (i === title) return;
      if (line === headLines[title ?? -1]) warnings.push('headline printed twice; kept once');
      else if (wordCount(line) <= 2) warnings.push(`section label dropped: "${line}"`);
      else warnings.push(`photo caption dropped: "${line}"`);
    });
    body = [stripPrefix(lines[datelineIndex] as string, found.prefixLength), ...lines.slice(datelineIndex + 1)];
    agency = found.agency;
  } else if (flashPattern.test(matchForm(lines[0] as string))) {
    urgent = true;
    body = [withoutMarker(stripPrefix(lines[0] as string, 0)), ...lines.slice(1)];
    agency = agencyInLine(lines[0] as string) ?? wrapperAgency ?? undefined;
    if (!agency && ctx.agency) {
      agency = ctx.agency;
      warnings.push(`agency ${agency} from the source: the flash names none`);
    }
    // A flash is the copy an alert exists for: kept even when nothing names its agency, and said so.
    if (!agency) {
      agency = UNKNOWN_AGENCY;
      warnings.push(UNKNOWN_AGENCY_WARNING);
    }
  } else {
    agency = wrapperAgency ?? lines.map((line) => agencyInLine(line) ?? agencyNamedIn(line)).find(Boolean);
    if (!agency) return fail('no dateline with an agency marker such as (كونا) or (KUNA) found');
    warnings.push(`no dateline: agency ${agency} named in the text`);
    lines = [...lines]; // trimmed below; the read lines stay as read
    if (lines.length > 1 && isHeadlineShaped(lines[0] as string)) headline = lines.shift() as string;
    // A newspaper's dateline: `KUWAIT: text`, `الكويت: نص`.
    const colon = newspaperDateline.exec(lines[0] as string);
    if (colon) {
      city = (colon[1] as string).trim();
      lines[0] = (lines[0] as string).slice(colon[0].length);
    }
    // A closing credit line (`Source: KUNA`, `المصدر: وام`) names the agency; it is no paragraph.
    if (lines.length > 1 && creditLine.test(lines[lines.length - 1] as string)) lines.pop();
    body = lines;
  }

  const tail = splitDispatchTail(body.filter((line) => line.length > 0));
  if (tail.paragraphs.length === 0) return fail('dispatch has a dateline but no text');
  if (tail.trailing.length > 0) warnings.push(`${tail.trailing.length} line(s) after the end marker kept in raw only`);
  if (!tail.endMarker && !(urgent && !found)) warnings.push('no end marker: the dispatch may be cut short');

  const date = resolveDispatchDate(dateLine, found?.dateline ?? null, withPageDate(ctx, read.value.pageDate), warnings);
  if (!date.ok) return date;
  if (!city && (found || !urgent)) warnings.push('no city in the dateline');
  let dateline: Dateline | null = found?.dateline ?? null;
  if (!dateline && city) {
    dateline = { city, day: Number(date.value.slice(8, 10)), month: Number(date.value.slice(5, 7)) };
    warnings.push(`dateline ${city} has no day and month; took them from the date`);
  }

  const lead = tail.paragraphs[0] as string;
  return {
    ok: true,
    warnings,
    dispatch: {
      agency,
      lang: detectLanguage(tail.paragraphs.join(' ')),
      date: date.value,
      dateline,
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

/** `Source: KUNA`, `المصدر: وام`, `Source: Emirates News Agency`: any listed agency's marker or full name. */
const creditLine = new RegExp(`^(?:المصدر|Source)\\s*:?\\s*(?:${markerPattern}|${namePattern})$`, 'i');
const newspaperDateline = /^([A-Z][A-Z ]{1,24}|[\u0621-\u064A][\u0621-\u064A ]{1,20}):\s+(?=\S)/;

/** Short, and not a finished sentence: a headline line. */
export function isHeadlineShaped(line: string): boolean {
  return line.length <= HEADLINE_MAX && !/(?:[.!?؟]["”»]?|:)$/.test(line);
}

function wordCount(line: string): number {
  return line.split(' ').filter(Boolean).length;
}

/**
 * Which of the lines before the dateline is the headline: the first that is not a photo caption
 * (a caption is often printed twice) nor a section label of a word or two; null when none is.
 */
function chooseHeadline(headLines: readonly string[]): number | null {
  const index = headLines.findIndex((line, i) => headLines.indexOf(line) === i && headLines.lastIndexOf(line) === i && wordCount(line) > 2);
  if (index >= 0) return index;
  return headLines.length > 0 ? 0 : null;
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
