import { loadGazetteer } from '../text/gazetteer.js';
import { shiftDate } from '../shift-date.js';
import { isGenericEntity } from './choose-story.js';
import type { StoryFeatures } from './story-features.js';
import { updateReachDays } from './update-reach.js';

/** How many of the cities a marked dispatch names it looks for its story in, first named first. */
const REACH_CITIES = 3;

/**
 * The other datelines a dispatch marked UPDATE/CORRECTION may follow: the cities it names (gazetteer
 * cities, not its own dateline's nor its agency's capital), at most `REACH_CITIES`. A follow-up is
 * often filed from the capital about an event filed from where it happened, and names that place.
 * Pure.
 */
export function updateReachCities(features: Pick<StoryFeatures, 'marker' | 'cityKey' | 'entityKeys' | 'agency'>): string[] {
  if (features.marker === null) return [];
  const gazetteer = loadGazetteer();
  return features.entityKeys
    .filter((id) => id !== features.cityKey && gazetteer.byId.get(id)?.kind === 'city' && !isGenericEntity(id, features.cityKey, [features.agency]))
    .slice(0, REACH_CITIES);
}

/** The days a marked dispatch looks for its story under another dateline (`updateReachCities`): the day before and those `updateReachDays` gives. */
export function otherCityReachDays(features: Pick<StoryFeatures, 'marker' | 'date'>): string[] {
  return features.marker === null ? [] : [shiftDate(features.date, -1), ...updateReachDays(features)];
}
