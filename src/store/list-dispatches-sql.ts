import type { ListQuery } from './dispatch-store.js';

/** What a dispatch summary is made of (`toDispatchSummary`): not the raw text, the paragraphs or their terms. */
const SUMMARY_COLUMNS = 'id, date, lang, agency, dateline_city, dateline_day, dateline_month, headline, urgent, story_id, ingested_at';

/**
 * The statement `listDispatches` runs on either backend, holding only the filters the query sets
 * (`placeholder(n)` writes the n-th parameter, from 1: `?` or `$n`). A filter written for every
 * query, `(@since IS NULL OR date >= @since)`, kept SQLite from using the date or story index: a
 * question's look at three days of a year-old store read every newer dispatch in full. Newest
 * first (date, then filing order), at most `limit`.
 */
export function listDispatchesSql(query: ListQuery, placeholder: (index: number) => string): { sql: string; params: Array<string | number> } {
  const params: Array<string | number> = [];
  const where: string[] = [];
  const filter = (column: string, operator: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    where.push(`${column} ${operator} ${placeholder(params.length)}`);
  };
  filter('date', '>=', query.since);
  filter('date', '<=', query.until);
  filter('lang', '=', query.lang);
  filter('story_id', '=', query.storyId);
  params.push(query.limit);
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM dispatches${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY date DESC, seq DESC LIMIT ${placeholder(params.length)}`;
  return { sql, params };
}
