import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { sharingMostFigures } from './other-version-paragraph.js';

/** The passage among `candidates` (one version's paragraphs) that tells what `hit` tells: the first sharing most of its figures, else the one at its position. */
function parallelOf(hit: PassageHit, candidates: readonly PassageHit[]): PassageHit | undefined {
  const [first] = sharingMostFigures(hit.text, candidates.map((c) => c.text));
  return first !== undefined ? candidates[first] : candidates.find((c) => c.paragraph === hit.paragraph);
}

/**
 * The relevant passages, each in the reader's language followed by its story's paragraph in the other
 * language filed the same day that tells the same (among `nearby`, when not relevant already). The wire
 * writes a story's two versions from one report, paragraph for paragraph, and each keeps details the
 * other leaves out (who spotted the boy, which plants, where a bird was found): the paragraph judged on
 * the question's words in the reader's language may leave out the fact asked, which its parallel in the
 * other version tells out of the question's words' reach. Only that way round: a reader's-language
 * paragraph the judge left out was judged on the asker's own words and found wanting, and bringing it
 * back takes a quote from another story. Quoted beside, never instead. Pure.
 */
export function addParallelParagraphs(relevant: readonly PassageHit[], nearby: readonly PassageHit[], readers: Lang): PassageHit[] {
  const taken = new Set(relevant);
  const out: PassageHit[] = [];
  for (const hit of relevant) {
    out.push(hit);
    if (hit.lang !== readers) continue;
    const candidates = nearby.filter((c) => !taken.has(c) && c.storyId === hit.storyId && c.lang !== hit.lang && c.date === hit.date);
    const parallel = parallelOf(hit, candidates);
    if (parallel === undefined) continue;
    taken.add(parallel);
    out.push(parallel);
  }
  return out;
}

/**
 * Each passage `added` holds beside the judged ones (`given`: a parallel paragraph, see addParallelParagraphs, or the
 * other version's fact, see addOtherVersionFact) by the judged passage it tells again: the last before it of its story's
 * version filed the same day in the other language. The answer quotes it beside that passage. Pure.
 */
export function parallelsBeside(given: readonly PassageHit[], added: readonly PassageHit[]): Map<PassageHit, PassageHit> {
  const had = new Set(given);
  const beside = new Map<PassageHit, PassageHit>();
  added.forEach((hit, i) => {
    if (had.has(hit)) return;
    const anchor = added.slice(0, i).reverse().find((before) => had.has(before) && before.storyId === hit.storyId && before.date === hit.date && before.lang !== hit.lang);
    if (anchor !== undefined) beside.set(hit, anchor);
  });
  return beside;
}
