import { isGenericEntity } from '../dispatch/choose-story.js';
import type { Dispatch } from '../dispatch/dispatch-types.js';
import { filedTogether } from '../dispatch/filed-together.js';
import { findNameKeys } from '../dispatch/find-name-keys.js';
import { findNumberKeys, numberWeight } from '../dispatch/find-number-keys.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntities } from '../text/find-entities.js';
import { entitiesSpelt } from '../text/gazetteer.js';
import { matchNameAcrossScripts } from '../text/match-name-across-scripts.js';
import { memoiseBounded } from '../text/memoise-bounded.js';

type Version = Pick<Dispatch, 'id' | 'storyId' | 'agency' | 'lang' | 'date' | 'urgent' | 'dateline' | 'headline' | 'headlineDerived' | 'paragraphs' | 'ingestedAt'>;

/** Evidence a candidate needs: one distinctive name, entity or identifying figure shared with the dispatch. */
const MIN_EVIDENCE = 1;

/**
 * Language-neutral keys of what a dispatch names: names by skeleton, gazetteer entities, figures, each
 * with its weight. Remembered by id (an id is the hash of the dispatch's text, so its keys never
 * change): questions on the same days compare the same candidates again.
 */
const keysOf = memoiseBounded(
  (version: Version): Map<string, number> => {
    const text = [version.headlineDerived ? '' : version.headline, ...version.paragraphs].join('\n');
    const keys = new Map<string, number>();
    for (const key of findNameKeys(text, version.lang)) keys.set(`n:${key}`, 1);
    // Its own agency (`told KUNA`, `ل(وام)`) is no key: every dispatch of that agency may name it.
    for (const id of findEntities(text)) if (!isGenericEntity(id, null, [version.agency])) keys.set(`e:${id}`, 1);
    for (const key of findNumberKeys(text)) keys.set(`#:${key}`, numberWeight(key));
    return keys;
  },
  5000,
  (version) => version.id,
);

type Filed = Pick<Dispatch, 'lang' | 'date' | 'urgent' | 'dateline'>;

/**
 * The gazetteer entities a dateline's city may be, by city as written: every entry spelt so (`عمان`
 * is Oman or Amman, the English `Amman` only Amman), else the one its words name first, else none.
 * A question compares its story's dateline with every dispatch of three days, and a wire files from a few cities.
 */
const cityEntities = memoiseBounded((city: string): string[] => {
  const spelt = entitiesSpelt(analyseText(city));
  return spelt.length > 0 ? spelt : findEntities(city).slice(0, 1);
}, 5000);

/** Whether two datelines may be one place: either has none (a flash), or the city is the same name in either script. */
export function sameCity(a: Filed, b: Filed): boolean {
  if (a.dateline === null || b.dateline === null) return true;
  const [x, y] = [cityEntities(a.dateline.city), cityEntities(b.dateline.city)];
  return x.length > 0 && y.length > 0 ? x.some((id) => y.includes(id)) : matchNameAcrossScripts(a.dateline.city, b.dateline.city);
}

/** Whether a dispatch filed so may be the other language's version of `dispatch`: the other language, the same day and city. */
export function mayBeOtherVersion(dispatch: Filed, candidate: Filed): boolean {
  return candidate.lang !== dispatch.lang && filedTogether(dispatch, candidate) && sameCity(dispatch, candidate);
}

/**
 * The candidate (a dispatch in the other language) most likely to tell the same event as `dispatch`
 * when the store did not group them (their wording differs, they share no figure): filed the same
 * day from the same city, sharing the most of what identifies an event (a name in either script,
 * an entity, a figure), each shared key counting less the more candidates hold it (`Ramadan` or the
 * day's date is everyone's; `Al-Barrak` is one dispatch's). Ties go to the candidate filed closest in
 * time (a translation follows its original within the hour). Undefined when none shares anything
 * distinctive. Retrieval may use this looser rule where grouping may not: the question chose the
 * story, and the relevance judge still reads every passage added. An id stands for one text (as a
 * stored dispatch's does): the keys read are kept by id. Pure.
 */
export function pickOtherVersion<T extends Version>(dispatch: Version, candidates: readonly T[]): T | undefined {
  return pickBySharedKeys(dispatch, candidates.filter((c) => mayBeOtherVersion(dispatch, c)));
}

/**
 * Of `eligible`, the dispatch sharing the most of what identifies `dispatch`'s event (names in either
 * script, entities, figures), each shared key counting less the more stories among them hold it; ties
 * to the one filed closest in time. Undefined when none shares anything distinctive. Pure.
 */
export function pickBySharedKeys<T extends Version>(dispatch: Version, eligible: readonly T[]): T | undefined {
  const own = keysOf(dispatch);
  const keyed = eligible.map((candidate) => ({ candidate, keys: keysOf(candidate) }));
  // A key held by several stories identifies none of them; held by one story's updates, it identifies that one.
  const holders = new Map<string, Set<string>>();
  for (const { candidate, keys } of keyed) for (const key of keys.keys()) holders.set(key, (holders.get(key) ?? new Set()).add(candidate.storyId));
  const gap = (c: Version) => Math.abs(Date.parse(c.ingestedAt) - Date.parse(dispatch.ingestedAt));
  const scored = keyed
    .map(({ candidate, keys }) => {
      let evidence = 0;
      for (const key of keys.keys()) if (own.has(key)) evidence += (own.get(key) as number) / (holders.get(key)?.size ?? 1);
      return { candidate, evidence };
    })
    .filter(({ evidence }) => evidence >= MIN_EVIDENCE);
  scored.sort((a, b) => b.evidence - a.evidence || gap(a.candidate) - gap(b.candidate) || a.candidate.id.localeCompare(b.candidate.id));
  return scored[0]?.candidate;
}
