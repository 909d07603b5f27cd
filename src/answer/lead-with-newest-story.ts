import type { PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';

/**
 * A story competes for the lead when its best passage scores at least this share of the best
 * passage: another session of the same market, another meeting of the cabinet, reported in the
 * same words. A story that only mentions the question's words in passing (the Amir receiving the
 * team after the final) scores far lower.
 */
const COMPETES = 0.5;
/**
 * ...and when it is told like the best story: the share of words their passages in one language
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
 * The stories that answer a question about equally well and are told alike, each with its newest
 * date: a story the wire tells again and again (a market's sessions, the cabinet's weekly meetings,
 * the day's oil price), each time as a story of its own. The store's story ids, dates, scores and
 * words tell it; no topic list.
 */
function competingStories(hits: readonly PassageHit[]): Map<string, string> {
  const top = hits.reduce<PassageHit | undefined>((best, hit) => (best === undefined || hit.score > best.score ? hit : best), undefined);
  const competing = new Map<string, string>();
  if (top === undefined) return competing;
  const storyBest = new Map<string, number>();
  for (const hit of hits) storyBest.set(hit.storyId, Math.max(storyBest.get(hit.storyId) ?? 0, hit.score));
  const words = wordsOf(hits);
  const alike = (storyId: string) =>
    storyId === top.storyId ||
    (['ar', 'en'] as const).some((lang) => {
      const a = words.get(`${top.storyId}\u0000${lang}`);
      const b = words.get(`${storyId}\u0000${lang}`);
      return a !== undefined && b !== undefined && jaccard(a, b) >= SAME_KIND;
    });
  for (const hit of hits) {
    if ((storyBest.get(hit.storyId) as number) < COMPETES * top.score || !alike(hit.storyId)) continue;
    const date = competing.get(hit.storyId);
    if (date === undefined || hit.date > date) competing.set(hit.storyId, hit.date);
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
  const competing = competingStories(hits);
  if (new Set(competing.values()).size < 2) return [...hits];
  const rank = new Map<string, number>();
  hits.forEach((hit, index) => rank.has(hit.storyId) || rank.set(hit.storyId, index));
  const dateOf = (hit: PassageHit) => competing.get(hit.storyId) ?? '';
  const rankOf = (hit: PassageHit) => rank.get(hit.storyId) as number;
  return [...hits].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || rankOf(a) - rankOf(b));
}
