import type { Lang } from '../dispatch/dispatch-types.js';
import type { StoryGroup } from './rank-stories.js';

/**
 * A story's title and summary without an LLM: a wire's lead is its summary. From the newest
 * dispatch in the digest's language, else from the other language's, labelled with it.
 */
export function summariseOffline(group: StoryGroup, lang: Lang): { title: string; summary: string } {
  const own = group.dispatches.find((d) => d.lang === lang);
  const dispatch = own ?? (group.dispatches[0] as StoryGroup['dispatches'][number]);
  const lead = leadSentence(dispatch.paragraphs[0] ?? dispatch.headline);
  const label = own ? '' : `[${dispatch.lang}] `;
  return { title: `${label}${dispatch.headline}`, summary: `${label}${lead}` };
}

/** The first sentence of a lead paragraph (wire leads are one sentence), at most 300 characters. */
export function leadSentence(text: string): string {
  const end = text.search(/[.!?؟](\s|$)/);
  const sentence = end > 0 ? text.slice(0, end + 1) : text;
  return sentence.length <= 300 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 300))}…`;
}
