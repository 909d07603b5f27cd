import { createHash } from 'node:crypto';

/**
 * A stable id: the same text ingested twice (from a file, a feed or a forwarded post) gets
 * the same id. Only what transport changes (BOM, CRLF, surrounding blank space) is ignored.
 */
export function dispatchId(agency: string, date: string, raw: string): string {
  const canonical = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  const hash = createHash('sha256').update(canonical).digest('hex').slice(0, 12);
  return `${agency.toLowerCase()}-${date.replaceAll('-', '')}-${hash}`;
}
