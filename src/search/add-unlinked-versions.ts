import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { mayBeOtherVersion, pickOtherVersion } from './pick-other-version.js';
import { daysAround, firstHitsOfStories, hitKey, passageOf, withStoryDays } from './story-hits.js';

/** The best-ranked stories looked at: the question is about one of them, if any (as for the stored versions). */
const STORIES = 3;
/** A story's dispatches looked at for an ungrouped version each: its lead and the updates or flashes search found beside it. */
const DISPATCHES = 3;
/** Dispatches listed for one story's days: a busy wire's three days. */
const LISTED = 1000;

/**
 * The dispatches in the language `first` is not written in that tell its event though the store did
 * not group them: the one pickOtherVersion picks among those filed those days, and the others of its
 * story filed those days (a correction the next morning too). None when the store holds the story in that language. Also the dispatches read.
 */
async function unlinkedVersionsOf(store: DispatchStore, first: PassageHit, range?: { since: string; until: string }): Promise<{ versions: Dispatch[]; read: Dispatch[] }> {
  const lang = first.lang === 'ar' ? 'en' : 'ar';
  // A hit filed outside the days asked reports them: its version filed beside it does too.
  const { since, until } = daysAround(first.date, withStoryDays(range, [first.date]));
  // As filed (story, day, flash, dateline) from the store's index: only the candidates are read whole.
  const listed = since <= until ? await store.listFiled({ since, until, lang, limit: LISTED }) : [];
  const ids = listed.some((s) => s.storyId === first.storyId) ? [] : listed.filter((s) => mayBeOtherVersion(first, s)).map((s) => s.id);
  if (ids.length === 0) return { versions: [], read: [] };
  const read = await store.getDispatches([first.dispatchId, ...ids]);
  const dispatch = read.find((d) => d.id === first.dispatchId);
  const candidates = read.filter((d) => d !== dispatch);
  const picked = dispatch ? pickOtherVersion(dispatch, candidates) : undefined;
  if (!picked) return { versions: [], read };
  // The picked version's story as the store holds it those days: also its update or correction filed another hour or the next day.
  const rest = await store.getDispatches(listed.filter((s) => s.storyId === picked.storyId && !ids.includes(s.id)).map((s) => s.id));
  return { versions: [...candidates.filter((c) => c.storyId === picked.storyId), ...rest], read: [...read, ...rest] };
}

/**
 * The first hit of each of the story's dispatches among the hits, up to DISPATCHES, the story's
 * first hit first: each may have its own ungrouped version (the full dispatch's beside the update's
 * of the next day, filed too late to be the update's). None placed by a better story.
 */
function leadsOf(hits: readonly PassageHit[], first: PassageHit, placed: ReadonlySet<string>): PassageHit[] {
  const leads = new Map<string, PassageHit>([[first.dispatchId, first]]);
  for (const hit of hits) if (hit.storyId === first.storyId && !leads.has(hit.dispatchId) && !placed.has(hit.dispatchId) && leads.size < DISPATCHES) leads.set(hit.dispatchId, hit);
  return [...leads.values()];
}

/**
 * The unlinked versions of the story's dispatches found (see leadsOf) that no better story placed,
 * now placed; the dispatches read join `read`.
 */
async function freshVersionsOf(store: DispatchStore, hits: readonly PassageHit[], first: PassageHit, placed: Set<string>, read: Dispatch[], range?: { since: string; until: string }): Promise<Dispatch[]> {
  const versions: Dispatch[] = [];
  for (const lead of leadsOf(hits, first, placed)) {
    const unlinked = await unlinkedVersionsOf(store, lead, range);
    read.push(...unlinked.read);
    const fresh = unlinked.versions.filter((d) => !placed.has(d.id));
    for (const d of fresh) placed.add(d.id);
    versions.push(...fresh);
  }
  return versions;
}

/**
 * The hits with, after the first hit of each of the best-ranked stories the search found in one
 * language only, the paragraphs of the other language's dispatches that tell the same event though
 * the store did not group them (see unlinkedVersionsOf; of each of the story's dispatches found, see leadsOf), given the hit's story since they tell it:
 * a question's words may reach only one language's version and the fact asked may be in the other.
 * A paragraph search found lower down moves up with its score; one it did not find scores 0. The
 * relevance judge decides on every passage. Also the dispatches read.
 */
export async function addUnlinkedVersions(store: DispatchStore, hits: readonly PassageHit[], range?: { since: string; until: string }): Promise<{ hits: PassageHit[]; read: Dispatch[] }> {
  const firsts = firstHitsOfStories(hits, STORIES);
  const found = new Map(hits.map((hit) => [hitKey(hit), hit]));
  const languages = new Map<string, Set<string>>();
  for (const hit of hits) languages.set(hit.storyId, (languages.get(hit.storyId) ?? new Set()).add(hit.lang));
  const added = new Map<string, PassageHit[]>();
  const read: Dispatch[] = [];
  const dispatchesOf = new Map<string, Set<string>>();
  for (const hit of hits) dispatchesOf.set(hit.storyId, (dispatchesOf.get(hit.storyId) ?? new Set()).add(hit.dispatchId));
  // A dispatch is placed once: a better story's first hit or a version already moved up stays where it is.
  const placed = new Set<string>();
  for (const [story, first] of firsts) {
    if (!placed.has(first.dispatchId)) {
      placed.add(first.dispatchId);
      if (!languages.get(story)?.has(first.lang === 'ar' ? 'en' : 'ar')) {
        const versions = await freshVersionsOf(store, hits, first, placed, read, range);
        added.set(story, versions.flatMap((d) => d.paragraphs.map((_, paragraph) => ({ ...(found.get(hitKey({ dispatchId: d.id, paragraph })) ?? passageOf(d, paragraph)), storyId: story }))));
      }
    }
    // After its turn, a story's own dispatches (its stored versions, moved up beside its first hit) stay its own.
    for (const id of dispatchesOf.get(story) ?? []) placed.add(id);
  }
  const moved = new Set([...added.values()].flat().map(hitKey));
  return { hits: hits.flatMap((hit) => (moved.has(hitKey(hit)) ? [] : firsts.get(hit.storyId) === hit ? [hit, ...(added.get(hit.storyId) ?? [])] : [hit])), read };
}
