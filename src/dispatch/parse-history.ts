import { agencyHomeCountryNames } from './agency-home.js';
import { agencyNamedIn, agencyOfMarker, escapeRegExp, markerPattern } from './agency-markers.js';
import { deriveHeadline } from './derive-headline.js';
import { detectLanguage } from '../text/detect-language.js';
import { makeDate } from './make-date.js';
import type { BriefingItem } from './parse-briefing.js';
import { parseDateline } from './parse-dateline.js';
import type { ParseContext } from './parse-dispatch.js';
import type { WireLines } from './read-wire-lines.js';
import { splitEndMarker } from './strip-end-marker.js';
import { matchForm, originalPrefixLength } from './wire-line-forms.js';
import { markerInLinePattern } from './wire-patterns.js';

/**
 * "Today in Kuwait's history", "حدث في مثل هذا اليوم": the feature's header; in English, of any listed agency's home
 * country as the gazetteer names it ("Today in Qatar's history", "Today in UAE history"; see agency-markers.ts). Built once.
 */
let header: RegExp | undefined;
function headerPattern(): RegExp {
  if (header === undefined) {
    const homes = agencyHomeCountryNames().en.map((name) => escapeRegExp(name.replace(/^the\s+/i, '')));
    header = new RegExp(`today in (?:the\\s+)?(?:${homes.join('|')})(?:'?[’']?s)?\\s+history|حدث في مثل هذا اليوم|في مثل هذا اليوم`, 'i');
  }
  return header;
}

/** An item led by its year, `1990 -- text`; also inside a line, where several items were run together. */
const itemStart = /(?:^|\s)((?:1[89]|20)\d{2})\s*(?:--|—|–)\s+|^((?:1[89]|20)\d{2})\s*-\s+/g;
const yearLedPattern = /^(?:1[89]|20)\d{2}\s*(?:--|—|–|-)\s/;
/** `KUWAIT:` before the first item, as newspapers reprint the feature. */
const cityColon = /^([A-Z][A-Z ]{1,24}|[\u0621-\u064A][\u0621-\u064A ]{1,20}):\s*/;
/** The agency an item closes with, `… — KUNA`, `… - وام`: a signature, not the item's text. */
const closingAgency = new RegExp(`\\s*[—–-]{1,2}\\s*(?:${markerPattern})\\s*$`, 'i');
/** Fewest items that make a list of year-led lines the feature without its header. */
const MIN_ITEMS = 2;

/**
 * "Today in Kuwait's History" (a list of items each led by a year, `1990 -- text`) read as one
 * dispatch per item dated in its own year, on the day and month of the feature's dateline (or its
 * date line, or the reference). Never today's news: the dates keep them out of digests and alerts.
 * Null when the lines are not that feature.
 */
export function parseHistory(read: WireLines, ctx: ParseContext): BriefingItem[] | null {
  const isHeader = (line: string) => headerPattern().test(line);
  if (!read.lines.slice(0, 3).some(isHeader) && !hasYearLedItems(read.lines)) return null;
  const lines = [...read.lines];
  const warnings = [...read.warnings];
  const headerIndex = lines.slice(0, 3).findIndex(isHeader);
  const header = headerIndex >= 0 ? (lines.splice(0, headerIndex + 1).pop() as string) : null;
  while (lines.length > 0 && lines[0] === header) lines.shift();

  // The dateline (`KUWAIT, Nov 22 (KUNA) --`), on its own line or before the first item; a page's
  // own date or title before it is dropped.
  const at = lines.slice(0, 3).findIndex((line) => parseDateline(matchForm(line).slice(0, 300)) !== null);
  if (at > 0) warnings.push(`${at} line(s) before the dateline dropped: "${lines.splice(0, at).join(' / ')}"`);
  const dateline = at >= 0 ? parseDateline(matchForm(lines[0] as string).slice(0, 300)) : null;
  if (dateline) {
    const first = lines[0] as string;
    const after = first.slice(originalPrefixLength(first, dateline.prefixLength)).trim();
    if (after) lines[0] = after;
    else lines.shift();
  }
  const colon = !dateline && lines.length > 0 ? cityColon.exec(lines[0] as string) : null;
  if (colon) lines[0] = (lines[0] as string).slice(colon[0].length);

  const items = splitItems(lines);
  const yearLed = lines.filter((line) => yearLedPattern.test(line)).length;
  if (items.length === 0 || (header === null && (yearLed < MIN_ITEMS || yearLed < lines.length - 1))) return null;

  let agency = dateline?.agency ?? read.wrapperAgency ?? lines.map(agencyIn).find(Boolean);
  if (!agency && ctx.agency) {
    agency = ctx.agency;
    warnings.push(`agency ${agency} from the source: the feature names none`);
  }
  const named = header ? `"${header}"` : 'a list of dated history items';
  if (!agency) return [{ raw: lines.join('\n'), result: { ok: false, reason: `${named} names no agency, and the source gives none` } }];

  const day = dateline?.dateline ?? monthDay(read.dateLine ?? ctx.reference ?? ctx.date ?? null);
  if (!dateline?.dateline) warnings.push(day ? `day and month ${day.day}/${day.month} of the history items from ${read.dateLine ? 'the date line' : "the source's or ingest time"}` : 'history items have no day and month');
  const city = dateline?.city ?? (colon ? (colon[1] as string).trim() : null);
  if (!city) warnings.push('no city in the dateline');

  return items.map((item, index) => {
    const date = day ? makeDate(item.year, day.month, day.day) : null;
    if (!date) return { raw: item.raw, result: { ok: false, reason: `history item ${item.year} has no day and month that make a date` } };
    const unsigned = item.text.replace(closingAgency, '');
    const end = splitEndMarker(unsigned);
    const text = end ? end.before : unsigned;
    return {
      raw: item.raw,
      result: {
        ok: true,
        warnings: [...warnings, `history item ${index + 1} of ${items.length} of ${named}: dated in its own year ${item.year}; not today's news`],
        dispatch: {
          agency: agency as string,
          lang: detectLanguage(text),
          date,
          dateline: city ? { city, day: Number(date.slice(8, 10)), month: Number(date.slice(5, 7)) } : null,
          headline: deriveHeadline(text),
          headlineDerived: true,
          paragraphs: [text],
          repeats: [],
          urgent: false,
          endMarker: end !== null,
          editors: end?.editors ?? null,
          raw: item.raw,
        },
      },
    };
  });
}

/** Whether at least MIN_ITEMS lines open with a year and a dash; stops as soon as they do. */
function hasYearLedItems(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if (first === 0x31 || first === 0x32) count += yearLedPattern.test(line) ? 1 : 0;
    if (count >= MIN_ITEMS) return true;
  }
  return false;
}

/** Items in order: each starts at a year followed by a dash; text before the first is dropped. */
function splitItems(lines: readonly string[]): Array<{ year: number; text: string; raw: string }> {
  const items: Array<{ year: number; text: string; raw: string }> = [];
  for (const line of lines) {
    const starts = [...line.matchAll(itemStart)];
    if (starts.length === 0) {
      const last = items[items.length - 1];
      if (last) {
        last.text += ` ${line}`;
        last.raw += `\n${line}`;
      }
      continue;
    }
    starts.forEach((match, i) => {
      const from = (match.index as number) + (match[0].length - match[0].trimStart().length);
      const to = (starts[i + 1]?.index as number | undefined) ?? line.length;
      const raw = line.slice(from, to).trim();
      items.push({ year: Number(match[1] ?? match[2]), text: line.slice((match.index as number) + match[0].length, to).trim(), raw });
    });
  }
  return items.filter((item) => item.text.length > 0);
}

function agencyIn(line: string): string | undefined {
  const marker = markerInLinePattern.exec(matchForm(line));
  return marker ? agencyOfMarker(marker[1] as string) : agencyNamedIn(line);
}

function monthDay(isoDate: string | null): { day: number; month: number } | null {
  return isoDate ? { day: Number(isoDate.slice(8, 10)), month: Number(isoDate.slice(5, 7)) } : null;
}
