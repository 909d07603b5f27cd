import type { Dateline } from './dispatch-types.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { makeDate } from './make-date.js';

export interface DateContext {
  /** year for a dispatch dated by its dateline alone, when no `reference` is given */
  year: number;
  /** YYYY-MM-DD: the ingest date, for a flash that carries no date at all, when no `reference` is given */
  date?: string;
  /**
   * ISO time the source gives (a feed item's date, HTTP Last-Modified, the file's mtime, the post's
   * date), else the ingest time: the date of undated copy, and what a missing year is guessed from.
   */
  reference?: string;
  /** whether `reference` is the source's own time, a time stamp printed on the page, or the ingest time (for the warnings) */
  referenceFrom?: 'source' | 'page' | 'ingest';
}

/** Earliest plausible date for wire copy (history items aside, which carry their own year). */
export const EARLIEST_DATE = '1990-01-01';
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The latest plausible date: a day after the reference (time zones), or the end of `ctx.year`. */
export function latestDate(ctx: DateContext): string {
  if (!ctx.reference) return `${ctx.year + 1}-01-01`;
  return latestByReference(ctx.reference);
}

/** Latest dates of the references seen lately: a source's dispatches share one reference. */
const latestByReference = memoiseBounded((reference: string) => new Date(Date.parse(reference) + DAY_MS).toISOString().slice(0, 10), 1000);

/** What the warnings call the reference: `the source's time (2026-02-04)`, `the page's time stamp (…)` or `ingest time (…)`. */
export function referenceName(ctx: DateContext): string {
  const day = (ctx.reference ?? ctx.date ?? '').slice(0, 10);
  const name = { source: "the source's time", page: "the page's time stamp", ingest: 'ingest time' }[ctx.referenceFrom ?? 'ingest'];
  return `${name} (${day})`;
}

/**
 * The context with the page's own time stamp as the reference, when the page prints one that is
 * plausible (from 1990 up to a day past the reference): it dates the copy better than the time it was fetched.
 */
export function withPageDate(ctx: DateContext, pageDate: string | null): DateContext {
  if (pageDate === null || pageDate < EARLIEST_DATE || pageDate > latestDate(ctx)) return ctx;
  return { ...ctx, reference: `${pageDate}T12:00:00.000Z`, referenceFrom: 'page' };
}

/** The latest existing date with this day and month not after a day past the reference, or null. */
export function guessYear(day: number, month: number, ctx: DateContext): string | null {
  const latest = latestDate(ctx);
  const top = Number(latest.slice(0, 4));
  for (let year = top; year >= top - 8; year -= 1) {
    const value = makeDate(year, month, day);
    if (value && value <= latest) return value;
  }
  return null;
}

/**
 * The dispatch's date: the date line's when there is one (a dateline that disagrees is a warning;
 * outside 1990 to a day after the reference, a reason to reject), else the dateline's day and month
 * in the year that makes it the latest date not after the reference (a warning names the guess),
 * else the reference's own date (a warning). An impossible date is a reason to reject, never a guess.
 */
export function resolveDispatchDate(
  fromDateLine: string | null,
  dateline: Dateline | null,
  ctx: DateContext,
  warnings: string[],
): { ok: true; value: string } | { ok: false; reason: string } {
  if (fromDateLine) {
    const latest = latestDate(ctx);
    if (fromDateLine < EARLIEST_DATE || fromDateLine > latest) {
      return { ok: false, reason: `date ${fromDateLine} is outside the plausible window (${EARLIEST_DATE} to ${latest})` };
    }
    const [year, month, day] = fromDateLine.split('-').map(Number);
    if (dateline && !makeDate(year as number, dateline.month, dateline.day)) {
      return { ok: false, reason: `dateline day ${dateline.day} and month ${dateline.month} make no date` };
    }
    if (dateline && (dateline.day !== day || dateline.month !== month)) {
      warnings.push(`date line ${fromDateLine} and dateline ${dateline.day}/${dateline.month} disagree; used the date line`);
    }
    return { ok: true, value: fromDateLine };
  }
  if (dateline) {
    if (!ctx.reference) {
      const value = makeDate(ctx.year, dateline.month, dateline.day);
      if (value) return { ok: true, value };
      return { ok: false, reason: `date ${pad(dateline.day)}/${pad(dateline.month)}/${ctx.year} (dateline day and month, ingest year) does not exist` };
    }
    const value = guessYear(dateline.day, dateline.month, ctx);
    if (!value) return { ok: false, reason: `dateline day ${dateline.day} and month ${dateline.month} make no date` };
    warnings.push(`year ${value.slice(0, 4)} guessed from ${referenceName(ctx)}: the dateline has no year`);
    return { ok: true, value };
  }
  if (ctx.reference) {
    const value = ctx.reference.slice(0, 10);
    warnings.push(`no date in the copy; used ${referenceName(ctx)}`);
    return { ok: true, value };
  }
  if (ctx.date && makeDate(...(ctx.date.split('-').map(Number) as [number, number, number])) === ctx.date) {
    warnings.push('no date in flash; used ingest date');
    return { ok: true, value: ctx.date };
  }
  return { ok: false, reason: 'flash has no date line or dateline, and no ingest date was given to fall back on' };
}
