import type { StoryCandidate, StoryFeatures } from '../dispatch/story-features.js';
import { updateReachDays } from '../dispatch/update-reach.js';
import { otherCityReachDays, updateReachCities } from '../dispatch/update-reach-cities.js';

/**
 * The candidates of the days around a dispatch, and for one marked UPDATE/CORRECTION those of its
 * language on the earlier days it reaches: of its city (`updateReachDays`), and of the other cities
 * it names from the day before (`updateReachCities`), each day as the backend keeps it: both
 * backends offer the same candidates. Pure.
 */
export function withEarlierDays<T extends StoryCandidate>(near: T[], features: StoryFeatures, dayOf: (city: string | null, date: string) => readonly T[]): T[] {
  const earlier = [
    ...updateReachDays(features).flatMap((date) => dayOf(features.cityKey, date)),
    ...updateReachCities(features).flatMap((city) => otherCityReachDays(features).flatMap((date) => dayOf(city, date))),
  ].filter((candidate) => candidate.lang === features.lang);
  return earlier.length === 0 ? near : [...near, ...earlier];
}
