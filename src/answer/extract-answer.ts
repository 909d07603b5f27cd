import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { matchNameAcrossScripts } from '../text/match-name-across-scripts.js';
import type { AnswerCitation, AnswerResult } from './answer-types.js';
import { type AttributedSentence, attributeSentences, isUnlistedSpeaker, speakerName } from './find-speaker.js';
import { quotesSpread } from './quotes-spread.js';

/** Quoted passages in an extractive answer. */
const MAX_QUOTES = 3;


/** Where a citation points, as a reader sees it: agency, city, date. */
export function citationOf(hit: PassageHit, quote: string): AnswerCitation {
  return { id: hit.dispatchId, quote, agency: hit.agency, date: hit.date, city: hit.dateline?.city ?? null, paragraph: hit.paragraph };
}

/** A hit as quoted: the sentences to quote and who says them. */
interface Quoted {
  hit: PassageHit;
  quote: string;
  speaker: string | null;
  /** spoken by someone the question asks about */
  asked: boolean;
  /** some sentence of it is someone else's (a listed speaker or a source; not a name no list holds) */
  others: boolean;
}

/** The run of sentences `keep` selects, from the first to the last kept, as written in the paragraph. */
function quoteRun(text: string, sentences: readonly AttributedSentence[], keep: (s: AttributedSentence) => boolean): string {
  const first = sentences.findIndex(keep);
  if (first < 0) return text;
  let last = first;
  while (last + 1 < sentences.length && keep(sentences[last + 1] as AttributedSentence)) last += 1;
  const start = text.indexOf((sentences[first] as AttributedSentence).text);
  const endSentence = sentences[last] as AttributedSentence;
  const end = text.indexOf(endSentence.text, start) + endSentence.text.length;
  return start < 0 || end < start ? text : text.slice(start, end);
}

function quoted(hit: PassageHit, dispatch: Dispatch | undefined, isAsked: (speaker: string | null) => boolean, askedNames: readonly string[]): Quoted {
  const sentences = dispatch ? attributeSentences(dispatch.paragraphs, hit.paragraph, askedNames) : [];
  const asked = sentences.some((s) => isAsked(s.speaker));
  const speaker = asked ? (sentences.find((s) => isAsked(s.speaker))?.speaker ?? null) : (sentences[0]?.speaker ?? null);
  return {
    hit,
    speaker,
    asked,
    // a name no list holds is shown, not weighed: each language spells it its own way, and the question may ask for it by another
    others: sentences.some((s) => s.speaker !== null && !isAsked(s.speaker) && !isUnlistedSpeaker(s.speaker)),
    quote: asked ? quoteRun(hit.text, sentences, (s) => isAsked(s.speaker)) : hit.text,
  };
}

/**
 * The offline answer: the best passages quoted verbatim, each with who says it when the wire names a
 * speaker, framed in the user's language. When the question names people ("what did Putin say",
 * or a name no list holds: `askedNames`), passages spoken by them come first, quoted only as far
 * as their words go (a sentence the wire gives to Xinhua or a statement is left out), and passages
 * spoken by someone else are left out. Pure.
 */
export function extractAnswer(
  hits: readonly PassageHit[],
  dispatches: ReadonlyMap<string, Dispatch>,
  lang: Lang,
  askedPeople: readonly string[] = [],
  askedNames: readonly string[] = [],
): AnswerResult {
  const isAsked = (speaker: string | null) => speaker !== null && (askedPeople.includes(speaker) || speaker.startsWith('name:'));
  const all = hits.map((hit) => quoted(hit, dispatches.get(hit.dispatchId), isAsked, askedNames));
  const filtering = askedPeople.length > 0 || all.some((q) => q.asked);
  const ranked = filtering ? [...all.filter((q) => q.asked), ...all.filter((q) => !q.asked && !q.others)] : all;
  const chosen = quotesSpread(ranked, MAX_QUOTES);
  const lines: string[] = [];
  const citations: AnswerCitation[] = [];
  for (const { hit, speaker, quote } of chosen) {
    const where = [hit.agency, hit.dateline?.city, hit.date].filter(Boolean).join(', ');
    // a name no list holds is shown as the question spelled it
    const name = speaker ? (askedNames.find((asked) => speaker.startsWith('name:') && matchNameAcrossScripts(asked, speaker.slice(5))) ?? speakerName(speaker, lang)) : null;
    lines.push(`${name ? `${name} (${where}): ` : `${where}: `}«${quote}»`);
    citations.push(citationOf(hit, quote));
  }
  return { answer: lines.join('\n'), lang, found: citations.length > 0, mode: 'extractive', citations, frame: { kind: 'quoted' } };
}
