import type { Dispatch } from '../dispatch/dispatch-types.js';
import { analyseText } from '../text/analyse-text.js';
import { cliticVariants, MIN_STEM } from '../text/arabic-clitic-variants.js';
import { expandQuery } from '../text/expand-query.js';
import { memoiseBounded } from '../text/memoise-bounded.js';

/** A dispatch's analysed tokens (headline and body) with where each occurs, built once per dispatch. */
export interface TopicText {
  tokens: string[];
  positions: Map<string, number[]>;
}

/** A followed topic compiled once: true when the text names it, in either language. */
export type TopicMatcher = (text: TopicText) => boolean;

const texts = new WeakMap<object, TopicText>();
/** Topics compiled and kept; the cache is dropped whole when it grows past this. */
const MAX_COMPILED = 2000;

/** `topicText` of one dispatch, computed once per dispatch object (a digest run ranks the same objects for every subscriber). */
export function dispatchTopicText(dispatch: Pick<Dispatch, 'headline' | 'paragraphs'>): TopicText {
  let text = texts.get(dispatch);
  if (!text) texts.set(dispatch, (text = topicText([dispatch])));
  return text;
}

/** `compileTopic`, remembered. */
export const topicMatcher: (topic: string) => TopicMatcher = memoiseBounded((topic: string) => compileTopic(topic), MAX_COMPILED);

export function topicText(dispatches: readonly Pick<Dispatch, 'headline' | 'paragraphs'>[]): TopicText {
  const tokens = dispatches.flatMap((d) => [...analyseText(d.headline), '', ...d.paragraphs.flatMap((p) => [...analyseText(p), ''])]);
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (token !== '') positions.set(token, [...(positions.get(token) ?? []), i]);
  });
  return { tokens, positions };
}

/**
 * A topic is a word, a phrase or a gazetteer name: analysed like the index, each name expanded to
 * its forms in both languages ("BRICS" also matches "بريكس"); a phrase must occur as a phrase.
 * A topic made only of stop words matches nothing.
 */
export function compileTopic(topic: string): TopicMatcher {
  const { groups } = expandQuery(topic);
  const concepts = groups.map((alternatives) => alternatives.filter((phrase) => phrase.length > 0)).filter((a) => a.length > 0);
  if (concepts.length === 0) return () => false;
  return (text) => concepts.every((alternatives) => alternatives.some((phrase) => hasPhrase(text, phrase)));
}

/**
 * The phrase in the text, its first word also with or without a bare proclitic the text glues to it
 * (`بورصة` is found in `لبورصة الكويت`, `كرة اليد` in `لكرة اليد`): the same known-word rule as
 * search, with the dispatch's own words as the vocabulary. A phrase of two words or more says which
 * word its first one is, so a two-letter stem may take a proclitic there (`كر` → `لكر`).
 */
function hasPhrase(text: TopicText, phrase: string[]): boolean {
  const [first, ...rest] = phrase as [string, ...string[]];
  const firsts = cliticVariants(first, (term) => text.positions.has(term), rest.length > 0 ? MIN_STEM : undefined);
  return firsts.some((form) =>
    (text.positions.get(form) ?? []).some((start) => rest.every((token, i) => text.tokens[start + 1 + i] === token)),
  );
}

/**
 * A topic as a concept: the same key for every way of writing it that the analyser and the
 * gazetteer treat alike ("BRICS" and "بريكس", "oil" and "نفط"). Empty when the topic names nothing
 * (stop words only, symbols).
 */
export function topicConcept(topic: string): string {
  const { groups } = expandQuery(topic);
  return groups.length === 0 ? '' : JSON.stringify(groups.map((alternatives) => alternatives.map((phrase) => phrase.join(' ')).sort()));
}
