import { isArabicScript } from '../text/transliterate-name.js';

/**
 * Agency markers as they appear in a dateline, `(كونا)` / `(KUNA)`, the agency's full names as
 * running text or a republisher's wrapper write them, and its home (the gazetteer ids of its country
 * and capital, which its copy names all day); a new agency is one line here.
 */
export const agencyMarkers: ReadonlyArray<{
  agency: string;
  markers: readonly string[];
  names: readonly string[];
  home: { country: string; capital: string };
}> = [
  { agency: 'KUNA', markers: ['كونا', 'KUNA'], names: ['وكالة الأنباء الكويتية', 'Kuwait News Agency'], home: { country: 'kuwait', capital: 'kuwait-city' } },
  { agency: 'WAM', markers: ['وام', 'WAM'], names: ['وكالة أنباء الإمارات', 'Emirates News Agency'], home: { country: 'uae', capital: 'abu-dhabi' } },
  { agency: 'SPA', markers: ['واس', 'SPA'], names: ['وكالة الأنباء السعودية', 'Saudi Press Agency'], home: { country: 'saudi-arabia', capital: 'riyadh' } },
  { agency: 'QNA', markers: ['قنا', 'QNA'], names: ['وكالة الأنباء القطرية', 'Qatar News Agency'], home: { country: 'qatar', capital: 'doha' } },
];

const byMarker = new Map(agencyMarkers.flatMap(({ agency, markers }) => markers.map((m) => [m.toUpperCase(), agency] as const)));

/** The agency a marker stands for, or undefined. */
export function agencyOfMarker(marker: string): string | undefined {
  return byMarker.get(marker.trim().toUpperCase());
}

/** A text as a regex matching it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of every marker (regex-escaped), for building dateline patterns. */
export const markerPattern = agencyMarkers
  .flatMap(({ markers }) => markers)
  .map(escapeRegExp)
  .join('|');

/**
 * Alternation of the markers written in Arabic script (`كونا`, `وام`), regex-escaped: short words that
 * stand inside longer ones (`دوام`), so a pattern must bound them by non-letters.
 */
export const arabicMarkerPattern = agencyMarkers
  .flatMap(({ markers }) => markers.filter(isArabicScript))
  .map(escapeRegExp)
  .join('|');

/** Alternation of the markers written in Latin script (`KUNA`, `WAM`), regex-escaped. */
export const latinMarkerPattern = agencyMarkers
  .flatMap(({ markers }) => markers.filter((marker) => !isArabicScript(marker)))
  .map(escapeRegExp)
  .join('|');

/** Alternation of every agency's full names (regex-escaped). */
export const namePattern = agencyMarkers
  .flatMap(({ names }) => names)
  .map(escapeRegExp)
  .join('|');

/**
 * An agency named in running text: its full name, its marker in quotes, after a closing dash
 * (`— KUNA`) or in a source line (`المصدر: كونا`, `Source: KUNA`).
 */
const namedPattern = new RegExp(
  `(${namePattern})|[«"“]\\s*(${markerPattern})\\s*[»"”]|(?:[—–-]{1,2}|^(?:المصدر|Source)\\s*:?)\\s*(${markerPattern})\\s*$`,
  'i',
);
const byName = new Map(agencyMarkers.flatMap(({ agency, names }) => names.map((n) => [n.toLowerCase(), agency] as const)));

/** The agency a line names in running text (`… وكالة الأنباء الكويتية …`, `«كونا»`, `… — KUNA`, `المصدر: كونا`), or undefined. */
export function agencyNamedIn(line: string): string | undefined {
  const match = namedPattern.exec(line);
  if (!match) return undefined;
  if (match[1]) return byName.get(match[1].toLowerCase());
  return agencyOfMarker((match[2] ?? match[3]) as string);
}
