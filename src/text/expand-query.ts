import { analyseText } from './analyse-text.js';
import { detectQueryLanguage } from './detect-language.js';
import { type GazetteerEntry, loadGazetteer, matchEntityAt } from './gazetteer.js';
import { questionWords } from './question-words.js';

/** Concepts of a question: each group holds alternatives, each alternative a phrase of analysed tokens. */
export interface ExpandedQuery {
  lang: 'ar' | 'en' | 'mixed';
  groups: string[][][];
  /** gazetteer ids found in the question */
  entities: string[];
}

let dropped: Set<string> | null = null;
/** Analysed question words ("what did … say about"), dropped unless part of a name. */
const droppedTokens = (): Set<string> => (dropped ??= new Set(questionWords.flatMap((word) => analyseText(word))));

/** Whether `inner` occurs in `outer` as consecutive tokens. */
function containsPhrase(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i += 1) {
    if (inner.every((token, offset) => outer[i + offset] === token)) return true;
  }
  return false;
}

/**
 * Every form of a gazetteer entry in both languages, analysed; a form that contains a shorter one
 * (`فلاديمير بوتين` beside `بوتين`) is left out: in an OR it can match nothing more.
 */
function alternativesOf(entry: GazetteerEntry): string[][] {
  const phrases = new Map<string, string[]>();
  for (const form of [...entry.ar, ...entry.en]) {
    const phrase = analyseText(form);
    if (phrase.length > 0) phrases.set(phrase.join(' '), phrase);
  }
  const all = [...phrases.values()];
  return all.filter((phrase) => !all.some((other) => other !== phrase && other.length < phrase.length && containsPhrase(phrase, other)));
}

/**
 * Analyses a question and expands each name the gazetteer knows into its forms in both languages,
 * so an English question finds an Arabic dispatch and the reverse: "what did Putin say about BRICS"
 * → [[putin, بوت], [bric, بريكس]]. Names are matched on analysed tokens, longest first, before
 * question words are dropped (so "New York" and "WHO" survive); every other content word is a
 * concept of its own. Each concept appears once.
 */
export function expandQuery(text: string): ExpandedQuery {
  const tokens = analyseText(text);
  const { byId } = loadGazetteer();
  const skip = droppedTokens();
  const groups: string[][][] = [];
  const entities: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const match = matchEntityAt(tokens, i);
    const entry = match ? byId.get(match.id) : undefined;
    if (match && entry) {
      i += match.length;
      if (seen.has(`=${entry.id}`)) continue;
      seen.add(`=${entry.id}`);
      entities.push(entry.id);
      groups.push(alternativesOf(entry));
      continue;
    }
    const token = tokens[i] as string;
    i += 1;
    if (skip.has(token) || seen.has(token)) continue;
    seen.add(token);
    groups.push([[token]]);
  }
  return { lang: detectQueryLanguage(text), groups, entities };
}
