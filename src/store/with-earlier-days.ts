import type { StoryCandidate, StoryFeatures } from '../dispatch/story-features.js';
import { updateReachDays } from '../dispatch/update-reach.js';

/**
 * The candidates of the days around a dispatch, and for one marked UPDATE/CORRECTION those of its
 * city and language on the earlier days it reaches (`updateReachDays`), each day as the backend
 * keeps it: both backends offer the same candidates. Pure.
 */
export function withEarlierDays<T extends StoryCandidate>(near: T[], features: StoryFeatures, dayOf: (date: string) => readonly T[]): T[] {
  const earlier = updateReachDays(features).flatMap((date) => dayOf(date).filter((candidate) => candidate.lang === features.lang));
  return earlier.length === 0 ? near : [...near, ...earlier];
}
