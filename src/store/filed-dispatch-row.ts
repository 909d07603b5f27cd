import type { FiledDispatch, FiledQuery } from './dispatch-store.js';
import { type DispatchRow, datelineOf } from './sqlite/dispatch-row.js';

/** A row of `listFiled`'s statement on either backend. */
export type FiledRow = Pick<DispatchRow, 'id' | 'story_id' | 'lang' | 'date' | 'urgent' | 'dateline_city' | 'dateline_day' | 'dateline_month'>;

/**
 * `listFiled`'s statement (`placeholder(n)` writes the n-th parameter; the parameters are
 * `filedParams`'): `listDispatches`' order and limit over the columns the `dispatches_filed` index
 * holds, so neither backend reads a row.
 */
export function listFiledSql(placeholder: (index: number) => string): string {
  const [lang, since, until, limit] = [1, 2, 3, 4].map(placeholder);
  return `SELECT id, story_id, lang, date, urgent, dateline_city, dateline_day, dateline_month FROM dispatches
    WHERE lang = ${lang} AND date >= ${since} AND date <= ${until} ORDER BY date DESC, seq DESC LIMIT ${limit}`;
}

export const filedParams = (query: FiledQuery): Array<string | number> => [query.lang, query.since, query.until, query.limit];

export function toFiledDispatch(row: FiledRow): FiledDispatch {
  return { id: row.id, storyId: row.story_id, lang: row.lang, date: row.date, urgent: row.urgent === 1, dateline: datelineOf(row) };
}
