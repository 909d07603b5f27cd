import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { StoryGroup } from './rank-stories.js';

export interface StoryText {
  title: string;
  titleLang: Lang;
  summary: string;
  summaryLang: Lang;
}

/** Longest offline summary before it is trimmed at a clause. */
const MAX_SUMMARY = 220;

/**
 * A story's title and summary without an LLM: the headline and lead of the newest dispatch in the
 * digest's language, else of the other language's (its language recorded, for the reader to be told
 * in words). The summary never repeats the headline: when the headline was derived from the lead,
 * the summary is the next sentence.
 */
export function summariseOffline(group: StoryGroup, lang: Lang): StoryText {
  const own = group.dispatches.find((d) => d.lang === lang);
  const dispatch = own ?? (group.dispatches[0] as Dispatch);
  return { title: dispatch.headline, titleLang: dispatch.lang, summary: summaryOf(dispatch), summaryLang: dispatch.lang };
}

/** The lead sentence, or the sentence after it when the headline is the lead; trimmed at a clause. */
function summaryOf(dispatch: Dispatch): string {
  const sentences = dispatch.paragraphs.flatMap(splitSentences);
  const headline = normalise(dispatch.headline.replace(/…$/, ''));
  const fresh = sentences.find((s) => {
    const n = normalise(s);
    return n.length > 0 && !n.startsWith(headline) && !headline.startsWith(n);
  });
  return fresh === undefined ? '' : trimAtClause(fresh, MAX_SUMMARY);
}

const normalise = (text: string) => text.replace(/[\s.،,؛;:!?؟"«»]+/g, ' ').trim().toLowerCase();

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?؟])\s+(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** `text` when short enough, else cut at its last clause boundary (comma, semicolon, Arabic comma) before `max`, else at a word. */
export function trimAtClause(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('، '), head.lastIndexOf('; '), head.lastIndexOf(' -- '));
  const cut = clause > max / 3 ? clause : head.lastIndexOf(' ');
  return `${head.slice(0, cut > 0 ? cut : max).replace(/[\s,،;:-]+$/, '')}…`;
}
