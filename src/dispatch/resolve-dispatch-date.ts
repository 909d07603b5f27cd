import type { Dateline } from './dispatch-types.js';
import { makeDate } from './make-date.js';

export interface DateContext {
  /** year for a dispatch dated by its dateline alone */
  year: number;
  /** YYYY-MM-DD: the ingest date, for a flash that carries no date at all */
  date?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The dispatch's date: the date line's when there is one (a dateline that disagrees is a warning),
 * else the dateline's day and month in `ctx.year`, else, for a flash, the ingest date (a warning).
 * Never a guessed date: with none of these, or an impossible one, it is a reason to reject.
 */
export function resolveDispatchDate(
  fromDateLine: string | null,
  dateline: Dateline | null,
  ctx: DateContext,
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
    if (value) return { ok: true, value };
    return { ok: false, reason: `date ${pad(dateline.day)}/${pad(dateline.month)}/${ctx.year} (dateline day and month, ingest year) does not exist` };
  }
  if (ctx.date && makeDate(...(ctx.date.split('-').map(Number) as [number, number, number])) === ctx.date) {
    warnings.push('no date in flash; used ingest date');
    return { ok: true, value: ctx.date };
  }
  return { ok: false, reason: 'flash has no date line or dateline, and no ingest date was given to fall back on' };
}
