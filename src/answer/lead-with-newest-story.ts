import type { PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { namedByStory } from './stories-naming-all-first.js';

/**
 * A story competes for the lead when its best passage scores at least this share of the best
 * passage in its language: another session of the same market, another meeting of the cabinet, reported in the
 * same words. A story that only mentions the question's words in passing (the Amir receiving the
 * team after the final) scores far lower.
 */
const COMPETES = 0.5;
/**
 * ...and when it is told like another such story: the share of words their passages in one language
 * have in common (Jaccard over analysed tokens). A recurring report is written to a pattern (two
 * Boursa sessions share about a third of their words); a different event that happens to name
 * the same thing (the Boursa "on the first day of Ramadan" against the announcement of Ramadan)
 * shares about a fifth.
 */
const SAME_KIND = 0.25;

/** Each story's analysed words, per language, from its headline and passages. */
function wordsOf(hits: readonly PassageHit[]): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const hit of hits) {
    const key = `${hit.storyId}\u0000${hit.lang}`;
    const set = words.get(key) ?? new Set<string>();
    for (const token of analyseText(`${hit.headline}\n${hit.text}`)) set.add(token);
    words.set(key, set);
  }
  return words;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The stories told again and again among the passages, each with its newest date: a story that
 * answers about as well as the best passage in its language and is told like another such story
 * filed on another day (a market's sessions, the cabinet's weekly meetings, the day's oil price),
 * each time a story of its own. The store's story ids, dates, scores and words tell it; no topic list.
 */
function competingStories(hits: readonly PassageHit[]): Map<string, string> {
  const bestIn = new Map<string, number>();
  const storyBest = new Map<string, number>();
  const dates = new Map<string, string>();
  for (const hit of hits) {
    bestIn.set(hit.lang, Math.max(bestIn.get(hit.lang) ?? 0, hit.score));
    const key = `${hit.storyId}\u0000${hit.lang}`;
    storyBest.set(key, Math.max(storyBest.get(key) ?? 0, hit.score));
    const date = dates.get(hit.storyId);
    if (date === undefined || hit.date > date) dates.set(hit.storyId, hit.date);
  }
  const words = wordsOf(hits);
  // answers about as well as the best passage in one of its languages
  const strong = (storyId: string, lang: string) => (storyBest.get(`${storyId}\u0000${lang}`) ?? -1) >= COMPETES * (bestIn.get(lang) ?? 0);
  // ...in every language it is found in: a story of another event that shares the question's words only
  // through the lexicon's forms (a score in the other language) is not the same question answered.
  const langsOf = new Map<string, Set<string>>();
  for (const hit of hits) langsOf.set(hit.storyId, (langsOf.get(hit.storyId) ?? new Set<string>()).add(hit.lang));
  const strongEverywhere = (storyId: string) => [...(langsOf.get(storyId) ?? [])].every((lang) => strong(storyId, lang));
  const stories = [...dates.keys()].filter(strongEverywhere);
  const competing = new Map<string, string>();
  for (const a of stories) {
    const recurring = stories.some((b) =>
      b !== a && dates.get(a) !== dates.get(b) &&
      (['ar', 'en'] as const).some((lang) => {
        const wa = words.get(`${a}\u0000${lang}`);
        const wb = words.get(`${b}\u0000${lang}`);
        return wa !== undefined && wb !== undefined && strong(a, lang) && strong(b, lang) && jaccard(wa, wb) >= SAME_KIND;
      }),
    );
    if (recurring) competing.set(a, dates.get(a) as string);
  }
  return competing;
}

/** Whether the passages hold several stories filed on different days that answer alike. */
export function spansSeveralDays(hits: readonly PassageHit[]): boolean {
  return new Set(competingStories(hits).values()).size > 1;
}

/**
 * A question with no date about a story told again and again means the newest: of the stories that
 * answer it alike, the passages of the one filed last lead, then the next newest (a story's date is
 * that of its newest passage; stories of one day keep the order given), each story's passages in
 * the order given; the passages of the other stories follow in the order given. One story, or
 * several of one day: returned as given. Pure.
 */
export function leadWithNewestStory(hits: readonly PassageHit[]): PassageHit[] {
  return newestStoryFirst(hits) ?? [...hits];
}

/**
 * `leadWithNewestStory`, or null when the passages do not span several days (`spansSeveralDays` false): one pass for both.
 * Given `named` (the concepts a passage names), a story competes only if it names every concept the best-matching
 * story (the first passage's) names: the national championship asked, the Asian one filed later tells another event.
 */
export function newestStoryFirst<T>(hits: readonly PassageHit[], named?: (hit: PassageHit) => readonly T[]): PassageHit[] | null {
  const competing = competingStories(hits);
  if (named !== undefined) {
    const namesAll = namesAllOfBest(hits, named);
    for (const story of [...competing.keys()].filter((story) => !namesAll(story))) competing.delete(story);
  }
  if (new Set(competing.values()).size < 2) return null;
  const rank = new Map<string, number>();
  hits.forEach((hit, index) => rank.has(hit.storyId) || rank.set(hit.storyId, index));
  const dateOf = (hit: PassageHit) => competing.get(hit.storyId) ?? '';
  const rankOf = (hit: PassageHit) => rank.get(hit.storyId) as number;
  return [...hits].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || rankOf(a) - rankOf(b));
}

/**
 * "The latest": the newest first by the wire's clock, the day filed, then the time filed within it (a
 * day's evening round-up before its afternoon report, whatever their scores), then the better passage.
 * `filedAt` gives a dispatch's filing time (ISO). Pure.
 */
export function newestFiledFirst(hits: readonly PassageHit[], filedAt: (dispatchId: string) => string): PassageHit[] {
  return [...hits].sort((a, b) => b.date.localeCompare(a.date) || filedAt(b.dispatchId).localeCompare(filedAt(a.dispatchId)) || b.score - a.score);
}

/**
 * "The latest" among the passages that answer, given best first: a story filed later is the newest only if it
 * names every concept the best-matching story names (the first passage's story, over all its passages); one
 * that answers with less (the same ministry's other decision filed that evening) follows, newest first too.
 * `named` gives the concepts a passage names. Pure.
 */
export function newestNamingAllFirst<T>(hits: readonly PassageHit[], filedAt: (dispatchId: string) => string, named: (hit: PassageHit) => readonly T[]): PassageHit[] {
  const storyNamesAll = namesAllOfBest(hits, named);
  const namesAll = (hit: PassageHit) => storyNamesAll(hit.storyId);
  return [...newestFiledFirst(hits.filter(namesAll), filedAt), ...newestFiledFirst(hits.filter((hit) => !namesAll(hit)), filedAt)];
}

/** Whether a story names, over all its passages, every concept the best-matching story (the first passage's) names. */
function namesAllOfBest<T>(hits: readonly PassageHit[], named: (hit: PassageHit) => readonly T[]): (storyId: string) => boolean {
  const namedOf = namedByStory(hits, named);
  const best = namedOf.get(hits[0]?.storyId ?? '') ?? new Set<T>();
  return (storyId) => [...best].every((concept) => namedOf.get(storyId)?.has(concept));
}
