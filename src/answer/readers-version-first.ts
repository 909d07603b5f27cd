import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { storiesTogetherBy } from './stories-together.js';

/**
 * The passages story by story, the stories in the order of their first passage, each story's full
 * dispatches before its flashes (a flash is the headline its full dispatch tells again, with the
 * details), and among each the reader's language first, each part in the order given. The reader's
 * language is a preference among the versions of one event, not a reason to quote another event: a
 * story the relevance judge ranked first keeps the lead through its other-language version (the fact
 * asked may be told only there), where putting every passage in the reader's language first would
 * quote another day's story of the same kind before it. A passage in the reader's language judged only on the words its
 * story's other version was judged on (`throughOtherVersion`, see judgedLikeOtherVersion) comes after that version's. A
 * parallel paragraph (`parallels`, by the reader's-language passage it tells again: see parallelsBeside) stays right after
 * that passage: the same report's other version, it may hold the fact the reader's leaves out, where the reader's
 * language's next passage may be the story's other day. Pure.
 */
export function readersVersionFirst(hits: readonly PassageHit[], lang: Lang, throughOtherVersion: ReadonlySet<PassageHit> = new Set(), parallels: ReadonlyMap<PassageHit, PassageHit> = new Map()): PassageHit[] {
  const given = new Set(hits);
  // The passage a parallel rides beside, when that passage is among the hits.
  const anchorOf = (hit: PassageHit): PassageHit | undefined => {
    const anchor = parallels.get(hit);
    return anchor !== undefined && given.has(anchor) ? anchor : undefined;
  };
  const besides = new Map<PassageHit, PassageHit[]>();
  for (const hit of hits) {
    const anchor = anchorOf(hit);
    if (anchor !== undefined) besides.set(anchor, [...(besides.get(anchor) ?? []), hit]);
  }
  return byStory(hits.filter((hit) => anchorOf(hit) === undefined), lang, throughOtherVersion).flatMap((hit) => [hit, ...(besides.get(hit) ?? [])]);
}

function byStory(hits: readonly PassageHit[], lang: Lang, throughOtherVersion: ReadonlySet<PassageHit>): PassageHit[] {
  const other = (hit: PassageHit) => (hit.lang === lang ? 0 : 1);
  const flash = (hit: PassageHit) => (hit.urgent ? 1 : 0);
  const weaker = (hit: PassageHit) => (throughOtherVersion.has(hit) ? 1 : 0);
  return storiesTogetherBy(hits, flash, weaker, other);
}
