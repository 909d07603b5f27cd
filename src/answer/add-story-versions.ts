import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { daysAround, firstHitsOfStories, hitKey, passageOf, withStoryDays } from '../search/story-hits.js';

/** The best-ranked stories whose other-language version is offered: the question is about one of them, if any. */
const STORIES = 3;
/** Versions of a story read at most: its updates, corrections and flashes in the other language. */
const VERSIONS = 20;

/**
 * The hits with, after the first hit of each of the best-ranked stories, the paragraphs of that
 * story's version in `lang`. A question's words may have no form in the other language
 * ("volunteers", "final heats"), so search cannot reach the one version that holds the fact, or
 * ranks it below other stories that share a word; the story's version the question's words do
 * reach leads to it (the store groups both versions under one story id, filed within a day or so
 * of each other). A story told over several days (an announcement, its update a week later) offers
 * its versions of every day search found it filed, from the day before the first to the day after
 * the last. A paragraph search found lower down moves up with its score; one it did not find
 * scores 0. The relevance judge still decides on every passage. Also the versions read, so the
 * caller need not read them again.
 */
export async function addStoryVersions(
  store: DispatchStore,
  hits: readonly PassageHit[],
  lang: Lang,
  range?: { since: string; until: string },
): Promise<{ hits: PassageHit[]; read: Dispatch[] }> {
  const firsts = firstHitsOfStories(hits, STORIES);
  const found = new Map(hits.map((hit) => [hitKey(hit), hit]));
  const leading = new Set([...firsts.values()].map(hitKey));
  const added = new Map<string, PassageHit[]>();
  const read: Dispatch[] = [];
  for (const story of firsts.keys()) {
    // Around every day search found the story filed (an update a week on brings its own day's versions), within the days the question names, when it names any, and the days the story was found filed (see withStoryDays).
    // A story found filed outside the days asked reports them: its versions of its own days do too.
    const days = hits.filter((hit) => hit.storyId === story).map((hit) => hit.date).sort();
    const asked = withStoryDays(range, days);
    const since = daysAround(days[0] as string, asked).since;
    const until = daysAround(days.at(-1) as string, asked).until;
    const ids = since <= until ? (await store.listDispatches({ since, until, lang, storyId: story, limit: VERSIONS })).map((summary) => summary.id) : [];
    if (ids.length === 0) continue;
    const versions = await store.getDispatches(ids);
    read.push(...versions);
    added.set(
      story,
      versions.flatMap((d) =>
        d.paragraphs.flatMap((_, paragraph) => {
          const key = hitKey({ dispatchId: d.id, paragraph });
          return leading.has(key) ? [] : [found.get(key) ?? passageOf(d, paragraph)];
        }),
      ),
    );
  }
  const moved = new Set([...added.values()].flat().map(hitKey));
  return { hits: hits.flatMap((hit) => (firsts.get(hit.storyId) === hit ? [hit, ...(added.get(hit.storyId) ?? [])] : moved.has(hitKey(hit)) ? [] : [hit])), read };
}
