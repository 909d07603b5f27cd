import type { Dateline } from './dispatch-types.js';
import { agencyOfMarker } from './agency-markers.js';
import { arabicDatelinePattern, englishDatelinePattern, monthNumber } from './wire-patterns.js';

export interface DatelineMatch {
  dateline: Dateline;
  agency: string;
  /** length of the dateline prefix in the line's match form, dash and space included */
  prefixLength: number;
}

/**
 * Reads `بكين - 4 - 2 (كونا) --` or `KUWAIT, Feb 4 (KUNA) --` at the start of a line's match form.
 * The city is as written (case kept) but, coming from the match form, without tatweel and tashkeel.
 */
export function parseDateline(form: string): DatelineMatch | null {
  const arabic = arabicDatelinePattern.exec(form);
  if (arabic) {
    const [prefix, city, day, month, marker] = arabic as unknown as [string, string, string, string, string];
    const agency = agencyOfMarker(marker);
    if (!agency) return null;
    return { dateline: { city: city.trim(), day: Number(day), month: Number(month) }, agency, prefixLength: prefix.length };
  }
  const english = englishDatelinePattern.exec(form);
  if (english) {
    const [prefix, city, monthName, day, marker] = english as unknown as [string, string, string, string, string];
    const month = monthNumber(monthName);
    const agency = agencyOfMarker(marker);
    if (!month || !agency) return null;
    return { dateline: { city: city.trim(), day: Number(day), month }, agency, prefixLength: prefix.length };
  }
  return null;
}
