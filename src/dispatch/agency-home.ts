import { loadGazetteer } from '../text/gazetteer.js';
import { agencyMarkers } from './agency-markers.js';

/** Each listed agency's home (its country and capital, gazetteer ids), by the agency as a dispatch records it. */
const homes = new Map(agencyMarkers.map(({ agency, home }) => [agency.toUpperCase(), new Set([home.country, home.capital])] as const));
/** Every listed agency's home. */
const everyHome = new Set([...homes.values()].flatMap((home) => [...home]));

/**
 * Whether a gazetteer entity is the home (country or capital) of one of `agencies`, the agencies
 * that filed the dispatches compared: their copy names it all day, so it tells no story apart. An
 * agency with no listed home (`UNKNOWN`, one agency-markers.ts does not list) adds none when another
 * has one; when none has, every listed agency's home counts (copy of an unknown wire names no
 * country that could be evidence). Pure.
 */
export function isAgencyHome(id: string, agencies: readonly string[]): boolean {
  let known = false;
  for (const agency of agencies) {
    const home = homes.get(agency.toUpperCase());
    if (!home) continue;
    if (home.has(id)) return true;
    known = true;
  }
  return !known && everyHome.has(id);
}

/**
 * How the gazetteer names every listed agency's home country, in each script (`Kuwait`, `State of Kuwait`, `الكويت`, …):
 * a contest or a history feature named after one is the wire's own country's. Reads the gazetteer.
 */
export function agencyHomeCountryNames(): { en: string[]; ar: string[] } {
  const entries = agencyMarkers.flatMap(({ home }) => loadGazetteer().byId.get(home.country) ?? []);
  return { en: entries.flatMap((entry) => entry.en), ar: entries.flatMap((entry) => entry.ar) };
}
