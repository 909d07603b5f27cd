import type { ParseContext } from './parse-dispatch.js';

/**
 * The parse context of one source: dates are guessed from the source's own time when it has one
 * (feed item date, HTTP Last-Modified, file mtime, post date), else from the ingest time `now`;
 * `agency` is the source's default agency, for copy that names none. A source time more than a day
 * past `now` is not believed.
 */
export function parseContextFor(now: Date, sourceTime?: string | Date | null, agency?: string | null): ParseContext {
  const time = sourceTime === undefined || sourceTime === null ? Number.NaN : new Date(sourceTime).getTime();
  // A source time past the ingest time (a skewed clock, a touched file) would widen the window of plausible dates: not taken.
  const fromSource = Number.isFinite(time) && time <= now.getTime() + 86_400_000;
  return {
    year: now.getUTCFullYear(),
    date: now.toISOString().slice(0, 10),
    reference: new Date(fromSource ? time : now.getTime()).toISOString(),
    referenceFrom: fromSource ? 'source' : 'ingest',
    ...(agency ? { agency } : {}),
  };
}
