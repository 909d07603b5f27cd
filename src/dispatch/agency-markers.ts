/** Agency markers as they appear in a dateline, `(كونا)` / `(KUNA)`; a new agency is one line here. */
export const agencyMarkers: ReadonlyArray<{ agency: string; markers: readonly string[] }> = [
  { agency: 'KUNA', markers: ['كونا', 'KUNA'] },
  { agency: 'WAM', markers: ['وام', 'WAM'] },
  { agency: 'SPA', markers: ['واس', 'SPA'] },
  { agency: 'QNA', markers: ['قنا', 'QNA'] },
];

const byMarker = new Map(agencyMarkers.flatMap(({ agency, markers }) => markers.map((m) => [m.toUpperCase(), agency] as const)));

/** The agency a marker stands for, or undefined. */
export function agencyOfMarker(marker: string): string | undefined {
  return byMarker.get(marker.trim().toUpperCase());
}

/** Alternation of every marker (regex-escaped), for building dateline patterns. */
export const markerPattern = agencyMarkers
  .flatMap(({ markers }) => markers)
  .map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
