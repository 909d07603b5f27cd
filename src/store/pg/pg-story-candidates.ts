import type { StoryCandidate, StoryFeatures } from '../../dispatch/story-features.js';
import { type Candidate, type CandidateRow, STORY_CANDIDATES, toStoryCandidate } from '../sqlite/story-candidates.js';
import { shiftDate } from '../sqlite/shift-date.js';
import type { PgClient } from './pg-pool.js';

/**
 * Story candidates for one storing transaction on PostgreSQL, offered as SQLite offers them: the
 * newest `STORY_CANDIDATES` dispatches of the city from the day before to the day after, each day
 * newest first. Ingest transactions hold one advisory lock, so a city-day read here stays true for
 * the transaction, with the dispatches it stores added.
 */
export function createPgStoryCandidates(client: PgClient) {
  const days = new Map<string, Candidate[]>();
  const keyOf = (city: string | null, date: string) => `${city ?? ''}\u0000${date}`;

  async function day(city: string | null, date: string): Promise<Candidate[]> {
    const key = keyOf(city, date);
    let list = days.get(key);
    if (list === undefined) {
      const { rows } = await client.query<CandidateRow>(
        `SELECT seq, id, story_id, lang, date, city_key, entity_keys, lead_terms FROM dispatches
         WHERE ${city === null ? 'city_key IS NULL AND $1::text IS NULL' : 'city_key = $1'} AND date = $2 ORDER BY seq DESC LIMIT $3`,
        [city, date, STORY_CANDIDATES],
      );
      list = rows.map(toStoryCandidate);
      days.set(key, list);
    }
    return list;
  }

  return {
    async near(features: StoryFeatures): Promise<StoryCandidate[]> {
      const around = [shiftDate(features.date, -1), features.date, shiftDate(features.date, 1)];
      const all: Candidate[] = [];
      // One after another: a client runs one query at a time.
      for (const date of around) all.push(...(await day(features.cityKey, date)));
      return all.length <= STORY_CANDIDATES ? all : all.sort((a, b) => b.seq - a.seq).slice(0, STORY_CANDIDATES);
    },
    added(seq: number, id: string, storyId: string, features: StoryFeatures): void {
      const list = days.get(keyOf(features.cityKey, features.date));
      if (list === undefined) return;
      list.unshift({ seq, id, storyId, ...features });
      if (list.length > STORY_CANDIDATES) list.pop();
    },
  };
}
