import type { StoryCandidate, StoryFeatures } from '../../dispatch/story-features.js';
import type { SqliteDatabase } from '../open-database.js';
import { shiftDate } from '../../shift-date.js';
import { withEarlierDays } from '../with-earlier-days.js';

/** How many stored dispatches of the same city and dates a new one is compared with. */
export const STORY_CANDIDATES = 100;
/** City-days kept in memory; a wire writes to a few dozen a day, so this covers weeks. */
const CACHED_DAYS = 1024;

/** A stored dispatch's story features as both backends keep them (key lists as JSON text). */
export interface CandidateRow {
  seq: number;
  id: string;
  story_id: string;
  agency: string;
  lang: 'ar' | 'en';
  date: string;
  city_key: string | null;
  entity_keys: string;
  lead_terms: string;
  number_keys: string;
  name_keys: string;
  story_marker: 'update' | 'correction' | null;
  urgent: number;
}

export type Candidate = StoryCandidate & { seq: number };

export const toStoryCandidate = (row: CandidateRow): Candidate => ({
  seq: row.seq,
  id: row.id,
  storyId: row.story_id,
  agency: row.agency,
  lang: row.lang,
  date: row.date,
  cityKey: row.city_key,
  entityKeys: JSON.parse(row.entity_keys) as string[],
  leadTerms: JSON.parse(row.lead_terms) as string[],
  numberKeys: JSON.parse(row.number_keys) as string[],
  nameKeys: JSON.parse(row.name_keys) as string[],
  marker: row.story_marker,
  urgent: row.urgent === 1,
});

/** The key of a city's day (no city: the day's flashes) in a memory of candidates. */
export const cityDayKey = (city: string | null, date: string): string => `${city ?? ''}\u0000${date}`;

/**
 * The newest `STORY_CANDIDATES` dispatches of the city on `dates` (the day before to the day after), and
 * the dispatches of those days with no city (flashes: the full dispatch that follows a flash joins its
 * story), with the earlier days an update reaches back to; `day` gives a city-day's candidates, newest first.
 */
export function nearCandidates(features: StoryFeatures, dates: readonly string[], day: (city: string | null, date: string) => Candidate[]): StoryCandidate[] {
  // A new array (`concat`; `flatMap` took as long as reading the days): the days' own lists stay as remembered.
  const all = ([] as Candidate[]).concat(...dates.map((date) => day(features.cityKey, date)));
  if (features.cityKey !== null) for (const date of dates) all.push(...day(null, date));
  const near = all.length <= STORY_CANDIDATES ? all : all.sort((a, b) => b.seq - a.seq).slice(0, STORY_CANDIDATES);
  return withEarlierDays(near, features, day);
}

/** Records a dispatch just stored in its city-day's remembered candidates (if that day is remembered), newest first. */
export function rememberAdded(days: Map<string, Candidate[]>, candidate: Candidate): void {
  const list = days.get(cityDayKey(candidate.cityKey, candidate.date));
  if (list === undefined) return;
  list.unshift(candidate);
  if (list.length > STORY_CANDIDATES) list.pop();
}

/**
 * The stored dispatches a new one may share a story with: same dateline city, a day either side.
 * Each city-day is read from the store once and then kept in memory, with every dispatch stored
 * since added to it, so ingesting a day's wire does not re-read and re-parse the day for every
 * dispatch. The memory is dropped whenever it may be wrong: when another connection has written
 * (`PRAGMA data_version`), when a transaction rolls back, when a story id changes.
 */
export function createStoryCandidates(db: SqliteDatabase) {
  const byCityDay = db.prepare<[{ city: string | null; date: string; limit: number }], CandidateRow>(
    `SELECT seq, id, story_id, agency, lang, date, city_key, entity_keys, lead_terms, number_keys, name_keys, story_marker, urgent FROM dispatches
     WHERE city_key IS @city AND date = @date ORDER BY seq DESC LIMIT @limit`,
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const days = new Map<string, Candidate[]>();
  let seenVersion = -1;

  const neighbours = new Map<string, string[]>();
  /** The day before, the day, the day after (remembered: a wire's dispatches share a few dates). */
  const threeDays = (date: string): string[] => {
    let around = neighbours.get(date);
    if (around === undefined) {
      around = [shiftDate(date, -1), date, shiftDate(date, 1)];
      if (neighbours.size >= CACHED_DAYS) neighbours.clear();
      neighbours.set(date, around);
    }
    return around;
  };

  function day(city: string | null, date: string): Candidate[] {
    const key = cityDayKey(city, date);
    let list = days.get(key);
    if (list === undefined) {
      list = byCityDay.all({ city, date, limit: STORY_CANDIDATES }).map(toStoryCandidate);
      if (days.size >= CACHED_DAYS) days.clear();
      days.set(key, list);
    }
    return list;
  }

  return {
    /** Call at the start of each write transaction: forgets everything if another connection wrote. */
    begin(): void {
      const version = dataVersion.get() ?? 0;
      if (version !== seenVersion) days.clear();
      seenVersion = version;
    },
    /**
     * The newest `STORY_CANDIDATES` stored dispatches of the city from the day before to the day
     * after, and the dispatches of those days with no city (flashes: the full dispatch that follows
     * a flash joins its story).
     */
    near(features: StoryFeatures): StoryCandidate[] {
      return nearCandidates(features, threeDays(features.date), day);
    },
    /** Records a dispatch just stored, so later dispatches of the same transaction and after see it. */
    added(seq: number, id: string, storyId: string, features: StoryFeatures): void {
      rememberAdded(days, { seq, id, storyId, ...features });
    },
    /** Drops the memory (a rollback, or a story id changed). */
    forget(): void {
      days.clear();
    },
  };
}

export type StoryCandidates = ReturnType<typeof createStoryCandidates>;
