import { monthNumber } from './wire-patterns.js';
import { makeDate } from './make-date.js';

/**
 * A line that is nothing but a page's time stamp, as news sites print it above the copy:
 * `2025-06-15 07:03:40`, `12/24/2024 1:05:18 AM`, `Tuesday, 02 January 2024 12:17 GMT`,
 * `April 18, 2016, 9:22 am`, `date 2024-11-22`. Gives its date (YYYY-MM-DD), or null.
 */
export function readPageTime(line: string): string | null {
  if (line.length > 60 || !/^[\dA-Za-z]/.test(line)) return null;
  const iso = /^(?:date )?(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?: \d{1,3})?$/i.exec(line);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i.exec(line);
  if (us) return makeDate(Number(us[3]), Number(us[1]), Number(us[2]));
  const dayFirst = /^(?:[A-Za-z]+,? )?(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?(?:[AP]M|GMT|UTC))*)?$/i.exec(line);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] as string);
    return month ? makeDate(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
  }
  const monthFirst = /^(?:[A-Za-z]+,? )?([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?(?:[AP]M|GMT|UTC))*)?$/i.exec(line);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] as string);
    return month ? makeDate(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  return null;
}
