import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import type { AnswerCitation, AnswerResult } from './answer-types.js';
import { findSpeaker, speakerName } from './find-speaker.js';

/** Quoted passages in an extractive answer. */
const MAX_QUOTES = 3;

const frames: Record<Lang, { intro: string }> = {
  en: { intro: 'Quoted from the dispatches (no summary available):' },
  ar: { intro: 'مقتطفات من البرقيات كما وردت (بلا تلخيص):' },
};

/** Where a citation points, as a reader sees it: agency, city, date. */
export function citationOf(hit: PassageHit, quote: string): AnswerCitation {
  return { id: hit.dispatchId, quote, agency: hit.agency, date: hit.date, city: hit.dateline?.city ?? null, paragraph: hit.paragraph };
}

/**
 * The offline answer: the best passages quoted verbatim, each with who says it when the wire names a
 * speaker, framed in the user's language. When the question names people ("what did Putin say"),
 * passages spoken by them come first and passages spoken by someone else are left out. Pure.
 */
export function extractAnswer(
  hits: readonly PassageHit[],
  dispatches: ReadonlyMap<string, Dispatch>,
  lang: Lang,
  askedPeople: readonly string[] = [],
): AnswerResult {
  const speakers = hits.map((hit) => {
    const dispatch = dispatches.get(hit.dispatchId);
    return dispatch ? findSpeaker(dispatch.paragraphs, hit.paragraph) : null;
  });
  const byAsked = hits.map((hit, i) => ({ hit, speaker: speakers[i] ?? null })).filter(
    ({ speaker }) => askedPeople.length === 0 || speaker === null || askedPeople.includes(speaker),
  );
  const ranked = [
    ...byAsked.filter(({ speaker }) => speaker !== null && askedPeople.includes(speaker)),
    ...byAsked.filter(({ speaker }) => !(speaker !== null && askedPeople.includes(speaker))),
  ];
  const chosen = ranked.slice(0, MAX_QUOTES);
  const lines = [frames[lang].intro];
  const citations: AnswerCitation[] = [];
  for (const { hit, speaker } of chosen) {
    const where = [hit.agency, hit.dateline?.city, hit.date].filter(Boolean).join(', ');
    lines.push(`${speaker ? `${speakerName(speaker, lang)} (${where}): ` : `${where}: `}«${hit.text}»`);
    citations.push(citationOf(hit, hit.text));
  }
  return { answer: lines.join('\n'), lang, found: citations.length > 0, mode: 'extractive', citations };
}
