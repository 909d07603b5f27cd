/** The ingest report, exactly the JSON of `wirebrief ingest --json` (DESIGN.md, "The CLI contract"). */
export interface IngestReport {
  added: number;
  duplicates: number;
  rejected: Array<{ source: string; sourceIndex?: number; reason: string }>;
  warnings: Array<{ source: string; message: string }>;
  /** every dispatch read, new or already stored; `warnings` names what was guessed for it */
  dispatches: Array<{ id: string; source: string; sourceIndex: number; duplicate: boolean; storyId: string; warnings: string[] }>;
}

export function emptyReport(): IngestReport {
  return { added: 0, duplicates: 0, rejected: [], warnings: [], dispatches: [] };
}

/** Adds `more` into `into` (reports of several sources make one). */
export function mergeReport(into: IngestReport, more: IngestReport): IngestReport {
  into.added += more.added;
  into.duplicates += more.duplicates;
  into.rejected.push(...more.rejected);
  into.warnings.push(...more.warnings);
  into.dispatches.push(...more.dispatches);
  return into;
}

/**
 * Counts what a store call stored into the report: each dispatch read, new or already stored, with
 * its warnings (`warningsOf` gives them by source index).
 */
export function recordStored(
  report: IngestReport,
  source: string,
  stored: ReadonlyArray<{ id: string; sourceIndex: number; duplicate: boolean; storyId: string }>,
  warningsOf: (sourceIndex: number) => string[] = () => [],
): IngestReport {
  for (const item of stored) {
    const warnings = warningsOf(item.sourceIndex);
    report.dispatches.push({ id: item.id, source, sourceIndex: item.sourceIndex, duplicate: item.duplicate, storyId: item.storyId, warnings });
    if (item.duplicate) report.duplicates += 1;
    else report.added += 1;
  }
  return report;
}
