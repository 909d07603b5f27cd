import { type IngestReport, emptyReport } from '../ingest/ingest-report.js';
import { ingestWireBytes } from '../ingest/ingest-wire-bytes.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import type { FeedStore } from '../store/feed-store.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchLimited } from './fetch-limited.js';
import { htmlToText } from './html-to-text.js';
import { ingestFeedDocument } from './ingest-feed-document.js';
import { readFeed } from './read-feed.js';

/**
 * `wirebrief ingest <url>`: fetches the URL once. A feed has its items stored; a page
 * (HTML reduced to its article's text) or plain text is parsed as wire text, like a file, its
 * missing dates guessed from the HTTP Last-Modified time and `agency` the agency of copy that names none.
 */
export async function fetchUrlOnce(
  stores: { dispatches: DispatchStore; feeds: FeedStore },
  url: string,
  now: Date,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  agency?: string,
): Promise<IngestReport> {
  const fetched = await fetchLimited(url, {}, limits);
  if (fetched.status !== 'ok') {
    const reason = fetched.status === 'failed' ? fetched.reason : 'the server answered 304 Not Modified to a plain GET';
    return { ...emptyReport(), rejected: [{ source: url, reason }] };
  }
  const text = new TextDecoder('utf-8').decode(fetched.bytes);
  const type = fetched.contentType.toLowerCase();
  if (/xml|rss|atom/.test(type) || /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(text)) {
    const read = await readFeed(text);
    if (read.ok) return ingestFeedDocument(stores, url, read.feed, now, agency);
    if (!type.includes('html')) return { ...emptyReport(), rejected: [{ source: url, reason: read.reason }] };
  }
  const bytes = type.includes('html') || /^\s*<(!doctype html|html)\b/i.test(text)
    ? Buffer.from(htmlToText(text), 'utf8')
    : fetched.bytes;
  const modified = fetched.lastModified ? Date.parse(fetched.lastModified) : Number.NaN;
  const sourceTime = Number.isFinite(modified) ? new Date(modified).toISOString() : undefined;
  return ingestWireBytes(stores.dispatches, { source: url, bytes, ...(sourceTime ? { sourceTime } : {}), ...(agency ? { agency } : {}) }, now);
}
