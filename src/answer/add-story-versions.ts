import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { daysAround, firstHitsOfStories, passageOf } from '../search/story-hits.js';

/** The best-ranked stories whose other-language version is offered: the question is about one of them, if any. */
const STORIES = 3;
/** Versions of a story read at most: its updates, corrections and flashes in the other language. */
const VERSIONS = 20;

/**
 * The hits with, after the first hit of each of the best-ranked stories, the paragraphs of that
 * story's version in `lang` the search did not find. A question's words may have no form in the
 * other language ("volunteers", "final heats"), so search cannot reach the one version that holds
 * the fact; the story's version the question's words do reach leads to it (the store groups both
 * versions under one story id, filed within a day or so of each other). The relevance judge still
 * decides on every passage added; each scores 0, as search did not find it. Also the versions read,
 * so the caller need not read them again.
 */
export async function addStoryVersions(
  store: DispatchStore,
  hits: readonly PassageHit[],
  lang: Lang,
  range?: { since: string; until: string },
): Promise<{ hits: PassageHit[]; read: Dispatch[] }> {
  const firsts = firstHitsOfStories(hits, STORIES);
  const found = new Set(hits.map((hit) => `${hit.dispatchId}#${hit.paragraph}`));
  const added = new Map<string, PassageHit[]>();
  const read: Dispatch[] = [];
  for (const [story, first] of firsts) {
    // Within the days the question names, when it names any.
    const { since, until } = daysAround(first.date, range);
    const ids = since <= until ? (await store.listDispatches({ since, until, lang, storyId: story, limit: VERSIONS })).map((summary) => summary.id) : [];
    if (ids.length === 0) continue;
    const versions = await store.getDispatches(ids);
    read.push(...versions);
    added.set(
      story,
      versions.flatMap((d) =>
        d.paragraphs.flatMap((_, paragraph) => (found.has(`${d.id}#${paragraph}`) ? [] : [passageOf(d, paragraph)])),
      ),
    );
  }
  return { hits: hits.flatMap((hit) => (firsts.get(hit.storyId) === hit ? [hit, ...(added.get(hit.storyId) ?? [])] : [hit])), read };
}
