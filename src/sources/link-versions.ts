import type { IngestReport } from '../ingest/ingest-report.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import { detectUpdateMarker } from './detect-update-marker.js';

/**
 * Links each new dispatch of `report` to the version it replaces, keeping the story id stable
 * (alerts are keyed by story, so an update does not alert again):
 * with `edited`, the current dispatch of the same source and position (an edited post);
 * otherwise, for a text marked update or correction, the newest earlier dispatch of its story.
 * The report's story ids are brought up to date. Returns how many versions were linked.
 */
export async function linkVersions(store: DispatchStore, report: IngestReport, options: { edited: boolean }, now: Date): Promise<number> {
  let linked = 0;
  for (const entry of report.dispatches) {
    if (entry.duplicate) continue;
    if (options.edited) {
      const previous = await store.findCurrentVersion(entry.source, entry.sourceIndex, entry.id);
      if (previous) {
        entry.storyId = await store.supersede(previous, entry.id, 'edit', now);
        linked += 1;
        continue;
      }
    }
    const dispatch = await store.getDispatch(entry.id);
    if (!dispatch) continue;
    const firstLine = dispatch.raw.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
    const reason = detectUpdateMarker(dispatch.headline, firstLine);
    if (!reason) continue;
    const previous = await store.findStoryPredecessor(entry.storyId, entry.id);
    if (!previous) continue;
    entry.storyId = await store.supersede(previous, entry.id, reason, now);
    linked += 1;
  }
  return linked;
}
