import type { Dateline } from './dispatch-types.js';
import { agencyOfMarker } from './agency-markers.js';
import {
  arabicDatelinePattern,
  cityOnlyDatelinePattern,
  englishDatelinePattern,
  markerOnlyDatelinePattern,
  monthNumber,
} from './wire-patterns.js';

/** How far into a line the agency marker of a dateline may open: a city of 41 characters, a date, spaces. */
const MARKER_WITHIN = 72;

export interface DatelineMatch {
  /** city, day and month as written; null when the dateline gives no day and month */
  dateline: Dateline | null;
  /** the city when the dateline names one (also when it gives no day and month) */
  city: string | null;
  agency: string;
  /** length of the dateline prefix in the line's match form, dash and space included */
  prefixLength: number;
}

/**
 * Reads `بكين - 4 - 2 (كونا) --` or `KUWAIT, Feb 4 (KUNA) --` at the start of a line's match form;
 * also the shorter forms reposts use: `الكويت (كونا) --` (no day and month) and `(كونا) –` (no city).
 * The city is as written (case kept) but, coming from the match form, without tatweel and tashkeel.
 */
export function parseDateline(form: string): DatelineMatch | null {
  // Every form has the marker's parenthesis near the start: most lines skip the patterns.
  const paren = form.indexOf('(');
  if (paren < 0 || paren > MARKER_WITHIN) return null;
  const arabic = arabicDatelinePattern.exec(form);
  if (arabic) {
    const [prefix, city, day, month, marker] = arabic as unknown as [string, string, string, string, string];
    const agency = agencyOfMarker(marker);
    if (!agency) return null;
    return { dateline: { city: city.trim(), day: Number(day), month: Number(month) }, city: city.trim(), agency, prefixLength: prefix.length };
  }
  const english = englishDatelinePattern.exec(form);
  if (english) {
    const [prefix, city, monthName, day, marker] = english as unknown as [string, string, string, string, string];
    const month = monthNumber(monthName);
    const agency = agencyOfMarker(marker);
    if (!month || !agency) return null;
    return { dateline: { city: city.trim(), day: Number(day), month }, city: city.trim(), agency, prefixLength: prefix.length };
  }
  const markerOnly = markerOnlyDatelinePattern.exec(form);
  if (markerOnly) {
    const agency = agencyOfMarker(markerOnly[1] as string);
    return agency ? { dateline: null, city: null, agency, prefixLength: markerOnly[0].length } : null;
  }
  const cityOnly = cityOnlyDatelinePattern.exec(form);
  if (cityOnly) {
    const agency = agencyOfMarker(cityOnly[2] as string);
    const city = (cityOnly[1] as string).trim();
    return agency && city ? { dateline: null, city, agency, prefixLength: cityOnly[0].length } : null;
  }
  return null;
}
