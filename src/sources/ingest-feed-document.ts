import { type IngestReport, emptyReport, mergeReport } from '../ingest/ingest-report.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import type { FeedStore } from '../store/feed-store.js';
import { agencyFor } from './build-generic-dispatch.js';
import { ingestTextItem } from './ingest-text-item.js';
import { linkVersions } from './link-versions.js';
import type { FeedDocument } from './read-feed.js';

/**
 * Stores every item of a fetched feed, oldest first (so an update follows what it updates).
 * An item's source is its link (else the feed URL and its guid); an item whose text changed
 * since the last poll becomes a new version of it. Each dispatch keeps the item's link and guid.
 * `defaultAgency` (WIREBRIEF_FEED_AGENCY, `ingest --agency`) is the agency of wire copy that names none.
 */
export async function ingestFeedDocument(
  stores: { dispatches: DispatchStore; feeds: FeedStore },
  feedUrl: string,
  document: FeedDocument,
  now: Date,
  defaultAgency?: string,
): Promise<IngestReport> {
  const report = emptyReport();
  const agency = defaultAgency ?? agencyFor(document.title, feedUrl);
  const items = [...document.items].reverse();
  for (const [position, item] of items.entries()) {
    const source = item.link ?? `${feedUrl}#${item.guid ?? document.items.length - 1 - position}`;
    const itemReport = await ingestTextItem(
      stores.dispatches,
      { source, title: item.title, text: item.text, isoDate: item.isoDate, agency, ...(defaultAgency ? { defaultAgency } : {}) },
      now,
    );
    await linkVersions(stores.dispatches, itemReport, { edited: true }, now);
    await stores.feeds.saveLinks(
      itemReport.dispatches.map((entry) => ({ dispatchId: entry.id, feedUrl, link: item.link, guid: item.guid })),
    );
    mergeReport(report, itemReport);
  }
  return report;
}
