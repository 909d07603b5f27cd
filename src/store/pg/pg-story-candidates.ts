import type { StoryCandidate, StoryFeatures } from '../../dispatch/story-features.js';
import { type Candidate, type CandidateRow, cityDayKey as keyOf, nearCandidates, rememberAdded, STORY_CANDIDATES, toStoryCandidate } from '../sqlite/story-candidates.js';
import { shiftDate } from '../../shift-date.js';
import { updateReachDays } from '../../dispatch/update-reach.js';
import { otherCityReachDays, updateReachCities } from '../../dispatch/update-reach-cities.js';
import type { PgClient } from './pg-pool.js';

/**
 * Story candidates for one storing transaction on PostgreSQL, offered as SQLite offers them: the
 * newest `STORY_CANDIDATES` dispatches of the city from the day before to the day after, each day
 * newest first. Ingest transactions hold one advisory lock, so the city-days read here (one query per
 * source) stay true for the transaction, with the dispatches it stores added.
 */
export function createPgStoryCandidates(client: PgClient) {
  const days = new Map<string, Candidate[]>();

  const around = (date: string) => [shiftDate(date, -1), date, shiftDate(date, 1)];

  /** Reads every city-day the batch's dispatches need, not yet read, in one query. */
  async function load(batch: readonly StoryFeatures[]): Promise<void> {
    const wanted = new Map<string, { city: string | null; date: string }>();
    const want = (city: string | null, date: string) => {
      const key = keyOf(city, date);
      if (!days.has(key)) wanted.set(key, { city, date });
    };
    for (const features of batch) {
      // the city's days, and the days' flashes (no city), as on SQLite
      for (const date of [...around(features.date), ...updateReachDays(features)]) for (const city of features.cityKey === null ? [null] : [features.cityKey, null]) want(city, date);
      // the other cities a marked dispatch names, on the days it reaches them (with-earlier-days.ts)
      for (const city of updateReachCities(features)) for (const date of otherCityReachDays(features)) want(city, date);
    }
    if (wanted.size === 0) return;
    const keys = [...wanted.values()];
    const { rows } = await client.query<CandidateRow>(
      `SELECT seq, id, story_id, agency, lang, date, city_key, entity_keys, lead_terms, number_keys, name_keys, story_marker, urgent FROM (
         SELECT d.*, row_number() OVER (PARTITION BY d.city_key, d.date ORDER BY d.seq DESC) AS n
         FROM dispatches d JOIN unnest($1::text[], $2::text[]) AS k (city, date) ON d.date = k.date AND d.city_key IS NOT DISTINCT FROM k.city
       ) ranked WHERE n <= $3 ORDER BY seq DESC`,
      [keys.map((k) => k.city), keys.map((k) => k.date), STORY_CANDIDATES],
    );
    for (const key of wanted.keys()) days.set(key, []);
    for (const row of rows) days.get(keyOf(row.city_key, row.date))?.push(toStoryCandidate(row));
  }

  return {
    /** Call once per batch, before `near`: reads what the batch's dispatches will be compared with. */
    load,
    near(features: StoryFeatures): StoryCandidate[] {
      return nearCandidates(features, around(features.date), (city, date) => days.get(keyOf(city, date)) ?? []);
    },
    /** Candidates of merged stories take the kept story's id. */
    renamed(absorbed: ReadonlySet<string>, storyId: string): void {
      for (const list of days.values()) for (const candidate of list) if (absorbed.has(candidate.storyId)) candidate.storyId = storyId;
    },
    added(seq: number, id: string, storyId: string, features: StoryFeatures): void {
      rememberAdded(days, { seq, id, storyId, ...features });
    },
  };
}
