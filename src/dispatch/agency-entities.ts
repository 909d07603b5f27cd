import { analyseText } from '../text/analyse-text.js';
import { entitiesSpelt, loadGazetteer } from '../text/gazetteer.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { agencyMarkers } from './agency-markers.js';

/**
 * The gazetteer organisations that name an agency, by the agency as a dispatch records it (`KUNA`,
 * `WAM`): the entries spelling its name, its dateline markers (`كونا`, `وام`) or its full names
 * (agency-markers.ts). An agency the gazetteer does not list has none. Pure (remembered by name).
 */
export const agencyEntityIds = memoiseBounded((agency: string): readonly string[] => {
  const known = agencyMarkers.find((entry) => entry.agency.toUpperCase() === agency.toUpperCase());
  const forms = [agency, ...(known?.markers ?? []), ...(known?.names ?? [])];
  const { byId } = loadGazetteer();
  const ids = forms.flatMap((form) => entitiesSpelt(analyseText(form))).filter((id) => byId.get(id)?.kind === 'org');
  return [...new Set(ids)];
}, 100);

/** Whether a gazetteer entity names one of `agencies` (agency names as dispatches record them). */
export function namesAgency(id: string, agencies: readonly string[]): boolean {
  return agencies.some((agency) => agencyEntityIds(agency).includes(id));
}
