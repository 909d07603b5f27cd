import type { Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { analyseText } from '../text/analyse-text.js';
import { daysAround, firstHitsOfStories, hitKey } from './story-hits.js';

/** Days after a story's first hit a follow-up in the other language is looked for: a wire's week. */
const DAYS_AFTER = 7;
/** Dispatches of the other language the version's words are searched in. */
const SEARCHED = 12;
/** How many times the next dispatch's score a follow-up must reach: it shares the version's rare words, the others a few common ones. */
const MIN_LEAD = 2.5;
/** Share of the version's own score (it holds every word searched) a follow-up must reach. */
const MIN_SHARE = 0.04;
/**
 * The version's words searched at most, its rarest in the store: a follow-up shares the rare ones, and
 * each common word ("said", `الكويت`) walks much of the index for nothing (all of a dispatch's words
 * made an offline answer about 20 times slower on a store of 100,000).
 */
const SEARCHED_WORDS = 24;

/**
 * The hits with, after the best story's block, the other language's dispatches that go on with it
 * though the store filed them under another story (an update days later, told in one language):
 * the story's version in that language, which the question's words reached through the story, is
 * searched with its own words (its analysed tokens, each a concept weighed by its rarity), and the
 * dispatch of the days after that stands out (MIN_LEAD times the next one's score, MIN_SHARE of the
 * version's own) is taken, given the story, since it tells it. The
 * question's words may have no form in that language; the version's words do. The relevance judge
 * decides on every passage.
 */
export async function addStoryFollowUps(store: DispatchStore, hits: readonly PassageHit[], lang: Lang, vocabulary: Pick<NameVocabulary, 'documents'> | undefined, range?: { since: string; until: string }): Promise<PassageHit[]> {
  const [first] = firstHitsOfStories(hits, 1).values();
  if (!first) return [...hits];
  const version = hits.find((hit) => hit.storyId === first.storyId && hit.lang === lang);
  if (!version) return [...hits];
  const [read] = await store.getDispatches([version.dispatchId]);
  if (!read) return [...hits];
  const held = [...new Set(analyseText([read.headlineDerived ? '' : read.headline, ...read.paragraphs].join('\n')).filter((t) => !/^\d+$/.test(t)))];
  const tokens = vocabulary ? held.sort((a, b) => vocabulary.documents(a) - vocabulary.documents(b) || a.localeCompare(b)).slice(0, SEARCHED_WORDS) : held;
  if (tokens.length === 0) return [...hits];
  const { since, until } = daysAround(first.date, range, DAYS_AFTER);
  if (since > until) return [...hits];
  const found = await store.searchPassages({ groups: tokens.map((t) => [[t]]) }, { limit: SEARCHED, lang, since, until });
  // The best passage of each other dispatch, best first: the follow-up stands out from the rest.
  const others = [...new Map(found.filter((h) => h.dispatchId !== read.id && h.storyId !== first.storyId).reverse().map((h) => [h.dispatchId, h])).values()].sort((a, b) => b.score - a.score);
  const [follow, next] = others;
  const own = Math.max(0, ...found.filter((h) => h.dispatchId === read.id).map((h) => h.score));
  if (!follow || follow.score < MIN_SHARE * own || (next !== undefined && follow.score < MIN_LEAD * next.score)) return [...hits];
  const keys = new Set(found.filter((h) => h.dispatchId === follow.dispatchId).map(hitKey));
  const added = found.filter((h) => keys.has(hitKey(h))).map((h) => ({ ...h, storyId: first.storyId }));
  // After the first hit's run of its story's passages.
  let end = hits.indexOf(first);
  while (hits[end + 1]?.storyId === first.storyId) end += 1;
  const kept = (list: readonly PassageHit[]) => list.filter((h) => !keys.has(hitKey(h)));
  return [...kept(hits.slice(0, end + 1)), ...added, ...kept(hits.slice(end + 1))];
}
