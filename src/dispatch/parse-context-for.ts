import type { ParseContext } from './parse-dispatch.js';

/**
 * The parse context of one source: dates are guessed from the source's own time when it has one
 * (feed item date, HTTP Last-Modified, file mtime, post date), else from the ingest time `now`;
 * `agency` is the source's default agency, for copy that names none.
 */
export function parseContextFor(now: Date, sourceTime?: string | Date | null, agency?: string | null): ParseContext {
  const time = sourceTime === undefined || sourceTime === null ? Number.NaN : new Date(sourceTime).getTime();
  const fromSource = Number.isFinite(time);
  return {
    year: now.getUTCFullYear(),
    date: now.toISOString().slice(0, 10),
    reference: new Date(fromSource ? time : now.getTime()).toISOString(),
    referenceFrom: fromSource ? 'source' : 'ingest',
    ...(agency ? { agency } : {}),
  };
}
