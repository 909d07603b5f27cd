import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { pickBySharedKeys, sameCity } from '../search/pick-other-version.js';
import { firstHitsOfStories, passageOf } from '../search/story-hits.js';

/** The best-ranked stories of any time looked at: the question is about one of them, if any (as for the stored versions). */
const STORIES = 3;
/** A story's dispatches read within the days asked at most: its updates, corrections and flashes in both languages. */
const VERSIONS = 20;
/** Dispatches of the days asked compared with a story at most, per language: a busy wire's day. */
const LISTED = 300;

type Range = { since: string; until: string };

/**
 * The dispatches of the days asked that go on with the story of `first` (a hit filed another day): the
 * story's own, else those of the story whose dispatch of those days, in the other language than one of
 * the story's versions (the one found first, then the other language's), shares the most of what
 * identifies its event with it from the same city (names across scripts, entities, figures; see
 * pickBySharedKeys): an update filed days later that the store did not group with it. Not a story the
 * search found in those days in the anchor's language too (`toldInRange`, story and language): told there
 * in both languages, it is an event of its own (the next day's race at the same place and by the same
 * organiser as the first story's festival), not the other language's update of the first story.
 */
async function storyInRange(store: DispatchStore, first: PassageHit, range: Range, toldInRange: ReadonlySet<string>): Promise<{ versions: Dispatch[]; read: Dispatch[] }> {
  const own = (await store.listDispatches({ ...range, storyId: first.storyId, limit: VERSIONS })).map((summary) => summary.id);
  if (own.length > 0) {
    const read = await store.getDispatches([first.dispatchId, ...own]);
    return { versions: read.filter((d) => own.includes(d.id)), read };
  }
  const other = otherLang(first.lang);
  const sibling = (await store.listDispatches({ storyId: first.storyId, lang: other, limit: 1 }))[0];
  const anchors = await store.getDispatches([first.dispatchId, ...(sibling ? [sibling.id] : [])]);
  const read: Dispatch[] = [...anchors];
  for (const anchor of [...anchors].sort((a) => (a.id === first.dispatchId ? -1 : 1))) {
    const listed = await store.listFiled({ ...range, lang: otherLang(anchor.lang), limit: LISTED });
    const candidates = await store.getDispatches(listed.filter((s) => sameCity(anchor, s)).map((s) => s.id));
    read.push(...candidates);
    const picked = pickBySharedKeys(anchor, candidates);
    if (picked && toldInRange.has(toldKey(picked.storyId, anchor.lang))) return { versions: [], read };
    if (picked) return { versions: candidates.filter((c) => c.storyId === picked.storyId), read };
  }
  return { versions: [], read };
}

const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

const toldKey = (storyId: string, lang: Lang): string => `${storyId}\u0000${lang}`;

/**
 * The hits filed in the days asked with, after them, the paragraphs of the stories the question's
 * words reach in any time (`anyTime`, search without the dates) that those days go on with in either
 * language (see storyInRange). A question's words reach a story's version in its own language, and the
 * days asked may hold only an update in the other ("what happened with X today?" when today's dispatch
 * is Arabic): the story bridges the dates. A story the days asked hold nothing of adds nothing, so a
 * question about a day the event was not on stays unanswered. The passages added, and those search found
 * in the days asked of the dispatches added, carry the story's id, since they tell it; also the dispatches read, the story's version found in any time among them (its
 * parallel text for the judge). The judge decides on every passage added; each scores 0.
 */
export async function addStoriesInRange(store: DispatchStore, filed: readonly PassageHit[], anyTime: readonly PassageHit[], range: Range): Promise<{ hits: PassageHit[]; read: Dispatch[] }> {
  const found = new Set(filed.map((hit) => `${hit.dispatchId}#${hit.paragraph}`));
  // A dispatch search found in the days asked that goes on with another story found in any time tells that story.
  const storyOf = new Map<string, string>();
  const inRange = new Set(filed.map((hit) => hit.storyId));
  const toldInRange = new Set(filed.map((hit) => toldKey(hit.storyId, hit.lang)));
  const firsts = [...firstHitsOfStories(anyTime, STORIES).values()].filter((first) => !inRange.has(first.storyId));
  const added: PassageHit[] = [];
  const read: Dispatch[] = [];
  const placed = new Set<string>();
  for (const first of firsts) {
    const story = await storyInRange(store, first, range, toldInRange);
    read.push(...story.read);
    for (const d of story.versions) {
      if (placed.has(d.id)) continue;
      placed.add(d.id);
      storyOf.set(d.id, first.storyId);
      d.paragraphs.forEach((_, paragraph) => found.has(`${d.id}#${paragraph}`) || added.push({ ...passageOf(d, paragraph), storyId: first.storyId }));
    }
  }
  const told = filed.map((hit) => (storyOf.has(hit.dispatchId) ? { ...hit, storyId: storyOf.get(hit.dispatchId) as string } : hit));
  return { hits: [...told, ...added], read };
}
