import { agencyOfMarker } from './agency-markers.js';
import { deriveHeadline } from './derive-headline.js';
import { detectLanguage } from '../text/detect-language.js';
import type { Dateline, ParsedDispatch } from './dispatch-types.js';
import { findRepeats } from './find-repeats.js';
import { makeDate } from './make-date.js';
import { type DatelineMatch, parseDateline } from './parse-dateline.js';
import { cleanLine, matchForm, originalPrefixLength } from './wire-line-forms.js';
import { datePattern, endMarkerPattern, flashPattern, isInitials } from './wire-patterns.js';

export type ParseResult = { ok: true; dispatch: ParsedDispatch; warnings: string[] } | { ok: false; reason: string };

export interface ParseContext {
  /** year for a dispatch dated by its dateline alone */
  year: number;
  /** YYYY-MM-DD: the ingest date, for a flash that carries no date at all */
  date?: string;
}

/** Longest line a dispatch may have; a longer one is not wire copy. */
export const MAX_LINE = 100_000;

/**
 * Parses one dispatch's text into fields (DESIGN.md, "The dispatch"). Pure. `raw` is kept as given;
 * paragraphs are cleaned (tatweel dropped, spaces collapsed) but keep their letters and tashkeel.
 */
export function parseDispatch(raw: string, ctx: ParseContext): ParseResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const longest = text.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
  if (longest > MAX_LINE) return fail(`line of ${longest.toLocaleString('en')} characters is too long for a dispatch`);
  const lines = text.split('\n').map(cleanLine).filter((line) => line.length > 0);
  if (lines.length === 0) return fail('no text');
  const warnings: string[] = [];

  let dateLine: { text: string; date: string | null } | null = null;
  const first = datePattern.exec(matchForm(lines[0] as string));
  if (first) {
    const [, day, month, year] = first.map(Number) as [number, number, number, number];
    dateLine = { text: `${first[1]}/${first[2]}/${first[3]}`, date: makeDate(year, month, day) };
    lines.shift();
    if (dateLine.date === null) return fail(`date ${dateLine.text} does not exist`);
    if (lines.length === 0) return fail(`date line ${dateLine.text} has no dispatch body`);
  }

  // The dateline paragraph: within the first three lines; what comes before it is the headline.
  let datelineIndex = -1;
  let found: DatelineMatch | null = null;
  for (let i = 0; i < Math.min(3, lines.length) && found === null; i += 1) {
    const form = matchForm(lines[i] as string).replace(flashPattern, '$2');
    found = parseDateline(form);
    if (found) datelineIndex = i;
  }

  const headlineLines = datelineIndex > 0 ? lines.slice(0, datelineIndex) : [];
  let body = datelineIndex >= 0 ? lines.slice(datelineIndex) : lines;
  let urgent = headlineLines.some((line) => flashPattern.test(matchForm(line)));
  if (found) {
    body[0] = stripDatelinePrefix(body[0] as string, found.prefixLength);
  } else {
    const flash = flashPattern.exec(matchForm(lines[0] as string));
    if (!flash) return fail('no dateline with an agency marker such as (كونا) or (KUNA) found');
    urgent = true;
    body = [(lines[0] as string).slice((lines[0] as string).length - (flash[2] as string).length), ...lines.slice(1)];
  }
  if (found && flashPattern.test(matchForm(lines[datelineIndex] as string))) urgent = true;

  const tail = splitTail(body);
  if (tail.paragraphs.length === 0) return fail('the dispatch has a dateline but no text');
  if (tail.trailing.length > 0) warnings.push(`${tail.trailing.length} line(s) after the end marker kept in raw only`);

  const date = resolveDate(dateLine?.date ?? null, found?.dateline ?? null, ctx, warnings);
  if (!date.ok) return date;
  const agency = found?.agency ?? agencyInFlash(text) ?? null;
  if (agency === null) return fail('a flash without an agency marker such as (كونا) or (KUNA)');

  const headline = headlineLines.join(' ').replace(flashPatternPrefix, '').trim();
  return {
    ok: true,
    warnings,
    dispatch: {
      agency,
      lang: detectLanguage(tail.paragraphs.join(' ')),
      date: date.value,
      dateline: found?.dateline ?? null,
      headline: headline || deriveHeadline(tail.paragraphs[0] as string),
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

const flashPatternPrefix = /^(?:عاجل|URGENT|FLASH)\s*(?::|--|—|–|-)\s*/i;

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function stripDatelinePrefix(line: string, prefixLength: number): string {
  const form = matchForm(line);
  const flash = flashPattern.exec(form);
  const offset = flash ? form.length - (flash[2] as string).length : 0;
  return line.slice(originalPrefixLength(line, offset + prefixLength)).trim();
}

/** Splits the body into paragraphs, the end marker, the initials line and anything after them. */
function splitTail(body: string[]): { paragraphs: string[]; endMarker: boolean; editors: string | null; trailing: string[] } {
  const endIndex = body.findIndex((line) => endMarkerPattern.test(line));
  if (endIndex >= 0) {
    const last = (body[endIndex] as string).replace(endMarkerPattern, '').trim();
    const paragraphs = [...body.slice(0, endIndex), ...(last ? [last] : [])];
    const after = body.slice(endIndex + 1);
    const editors = after.length > 0 && isInitials(after[0] as string) ? (after.shift() as string) : null;
    return { paragraphs, endMarker: true, editors, trailing: after };
  }
  const lastLine = body[body.length - 1] as string;
  if (body.length > 1 && isInitials(lastLine)) return { paragraphs: body.slice(0, -1), endMarker: false, editors: lastLine, trailing: [] };
  return { paragraphs: body, endMarker: false, editors: null, trailing: [] };
}

function resolveDate(
  fromDateLine: string | null,
  dateline: Dateline | null,
  ctx: ParseContext,
  warnings: string[],
): { ok: true; value: string } | { ok: false; reason: string } {
  if (fromDateLine) {
    const [, month, day] = fromDateLine.split('-').map(Number);
    if (dateline && (dateline.day !== day || dateline.month !== month)) {
      warnings.push(`date line ${fromDateLine} and dateline ${dateline.day}/${dateline.month} disagree; used the date line`);
    }
    return { ok: true, value: fromDateLine };
  }
  if (dateline) {
    const value = makeDate(ctx.year, dateline.month, dateline.day);
    return value ? { ok: true, value } : fail(`dateline date ${dateline.day}/${dateline.month}/${ctx.year} does not exist`);
  }
  if (ctx.date) {
    warnings.push('no date in flash; used the ingest date');
    return { ok: true, value: ctx.date };
  }
  return fail('a flash with no date line or dateline, and no ingest date to fall back on');
}

function agencyInFlash(text: string): string | undefined {
  const marker = /\(([^()]{2,6})\)/.exec(text);
  return marker ? agencyOfMarker(marker[1] as string) : undefined;
}
