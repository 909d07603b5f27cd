import { agencyNamedIn, agencyOfMarker, arabicMarkerPattern, latinMarkerPattern } from './agency-markers.js';
import { deriveHeadline } from './derive-headline.js';
import { detectLanguage } from '../text/detect-language.js';
import type { ParseContext, ParseResult } from './parse-dispatch.js';
import type { WireLines } from './read-wire-lines.js';
import { latestDate, referenceName } from './resolve-dispatch-date.js';
import { splitEndMarker } from './strip-end-marker.js';
import { matchForm } from './wire-line-forms.js';
import { markerInLinePattern, monthNumber } from './wire-patterns.js';
import { makeDate } from './make-date.js';

/** `Briefing of KUNA main news for Monday until 12:00 GMT`, `KUNA main news for Tuesday, May 24, 2022`, `موجز الأخبار على نشرة (كونا) اليوم السبت …`; any listed agency's. */
const headerPattern = new RegExp(`^(?:Briefing of )?(?:${latinMarkerPattern}) main news\\b|^موجز (?:ال)?أخبار(?:\\s|$)`, 'i');
/**
 * A listed agency's marker as a word of a header without its brackets (`KUNA main news`, `موجز أخبار وام`):
 * group 1 a Latin one, group 2 an Arabic one (a preposition may be glued on, `لكونا`), bounded by non-letters
 * (`وام` stands inside `دوام`).
 */
const markerWord = new RegExp(`\\b(${latinMarkerPattern})\\b|(?<!\\p{L})[لب]?(${arabicMarkerPattern})(?!\\p{L})`, 'u');
/** An item: `KUWAIT - text`, `KUALA LUMPUR -- text`, `الكويت - نص`; group 1 the city, 2 the text. */
const englishItem = /^([A-Z][A-Z.'’ ]{1,28}[A-Z])\s*(?:--|—|–|-)\s*(\S.*)$/;
const arabicItem = /^([\u0621-\u064A][\u0621-\u064A ]{1,24}?)\s*(?:--|—|–|-)\s+(\S.*)$/;
/** Fewest item lines that make a list without a header a briefing. */
const MIN_ITEMS = 3;

const weekdays: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
};

export interface BriefingItem {
  raw: string;
  result: ParseResult;
}

function itemOf(line: string): { city: string; text: string } | null {
  const match = englishItem.exec(line) ?? arabicItem.exec(line);
  return match ? { city: (match[1] as string).trim(), text: match[2] as string } : null;
}

/**
 * A briefing (a list of one-line items `CITY - text` under a header such as "Briefing of KUNA main
 * news for Monday until 12:00 GMT") read as one dispatch per item: its own city, the briefing's
 * date, a warning naming the briefing. Null when the lines are not a briefing.
 */
export function parseBriefing(read: WireLines, ctx: ParseContext): BriefingItem[] | null {
  const { lines } = read;
  const headerIndex = lines.slice(0, 3).findIndex((line) => headerPattern.test(matchForm(line)));
  const header = headerIndex >= 0 ? (lines[headerIndex] as string) : null;
  if (header === null && (lines.length < MIN_ITEMS || !lines.every((line) => itemOf(line) !== null))) return null;
  const rest = lines.slice(headerIndex + 1).filter((line, i) => !(i === 0 && line === header));
  if (!rest.some((line) => itemOf(line) !== null)) return null;

  const agency =
    read.wrapperAgency ?? (header ? agencyInText(header) : undefined) ?? ctx.agency ?? undefined;
  const named = header ? `briefing "${header}"` : 'a briefing without a header';
  if (!agency) return [{ raw: lines.join('\n'), result: { ok: false, reason: `${named} names no agency, and the source gives none` } }];
  const dated = briefingDate(header, read.dateLine, ctx);

  const items: Array<{ city: string; paragraphs: string[]; raw: string[] }> = [];
  for (const line of rest) {
    const item = itemOf(line);
    if (item) items.push({ city: item.city, paragraphs: [item.text], raw: [line] });
    else if (items.length > 0) {
      const last = items[items.length - 1] as (typeof items)[number];
      last.paragraphs.push(line);
      last.raw.push(line);
    }
  }
  return items.map((item, index) => {
    const warnings = [...read.warnings, `item ${index + 1} of ${items.length} of ${named}`];
    if (!dated.ok) return { raw: item.raw.join('\n'), result: dated };
    warnings.push(dated.warning);
    if (agency !== read.wrapperAgency && !(header && agencyInText(header))) warnings.push(`agency ${agency} from the source: the briefing names none`);
    const last = item.paragraphs.length - 1;
    const end = splitEndMarker(item.paragraphs[last] as string);
    const paragraphs = end ? [...item.paragraphs.slice(0, last), ...(end.before ? [end.before] : [])] : item.paragraphs;
    const date = dated.value;
    return {
      raw: item.raw.join('\n'),
      result: {
        ok: true,
        warnings,
        dispatch: {
          agency,
          lang: detectLanguage(paragraphs.join(' ')),
          date,
          dateline: { city: item.city, day: Number(date.slice(8, 10)), month: Number(date.slice(5, 7)) },
          headline: deriveHeadline(paragraphs[0] ?? ''),
          headlineDerived: true,
          paragraphs,
          repeats: [],
          urgent: false,
          endMarker: end !== null,
          editors: end?.editors ?? null,
          raw: item.raw.join('\n'),
        },
      },
    };
  });
}

function agencyInText(line: string): string | undefined {
  const marker = markerInLinePattern.exec(matchForm(line));
  if (marker) return agencyOfMarker(marker[1] as string);
  const word = markerWord.exec(line);
  return word ? agencyOfMarker((word[1] ?? word[2]) as string) : agencyNamedIn(line);
}

/**
 * The briefing's date: a full date in the header (`May 24, 2022`), else the date line, else the
 * latest day of the header's weekday not after the reference, else the reference's own date.
 */
function briefingDate(
  header: string | null,
  dateLine: string | null,
  ctx: ParseContext,
): { ok: true; value: string; warning: string } | { ok: false; reason: string } {
  const full = header ? /([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})/.exec(header) : null;
  const month = full ? monthNumber(full[1] as string) : undefined;
  const written = full && month ? makeDate(Number(full[3]), month, Number(full[2])) : null;
  if (written) return { ok: true, value: written, warning: `date ${written} from the briefing's header` };
  if (dateLine) return { ok: true, value: dateLine, warning: `date ${dateLine} from the briefing's date line` };
  const reference = ctx.reference ?? (ctx.date ? `${ctx.date}T12:00:00Z` : undefined);
  if (!reference) return { ok: false, reason: 'briefing has no date, and no ingest date was given to fall back on' };
  const refCtx = { ...ctx, reference };
  const dayName = header ? Object.keys(weekdays).find((name) => new RegExp(`(?:^|[\\s,])${name}(?:$|[\\s,])`, 'i').test(header)) : undefined;
  if (dayName !== undefined) {
    const latest = Date.parse(`${latestDate(refCtx)}T00:00:00Z`) - 86_400_000;
    const back = (new Date(latest).getUTCDay() - (weekdays[dayName] as number) + 7) % 7;
    const value = new Date(latest - back * 86_400_000).toISOString().slice(0, 10);
    return { ok: true, value, warning: `date ${value}: the latest ${dayName} not after ${referenceName(refCtx)}` };
  }
  const value = reference.slice(0, 10);
  return { ok: true, value, warning: `no date in the briefing; used ${referenceName(refCtx)}` };
}
