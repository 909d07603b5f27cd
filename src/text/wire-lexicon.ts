import { analyseText } from './analyse-text.js';
import { type PhraseIndex, indexPhrases, matchPhraseAt } from './gazetteer.js';
import { affairsLexiconBlocks } from './wire-lexicon-affairs-data.js';
import { wireLexiconLines } from './wire-lexicon-data.js';
import { economyLexiconBlocks } from './wire-lexicon-economy-data.js';
import { everydayLexiconBlocks } from './wire-lexicon-everyday-data.js';
import { societyLexiconBlocks } from './wire-lexicon-society-data.js';

export interface WireLexicon {
  /** each concept's forms in both languages, as written */
  concepts: Map<string, string[]>;
  phrases: PhraseIndex;
  /** the concepts an analysed token belongs to (a word of any of their forms) */
  conceptsOf: Map<string, Set<string>>;
}

let cached: WireLexicon | null = null;

/**
 * Every line of the lexicon: the first list (wire-lexicon-data.ts), then the general news-wire
 * blocks (wire-lexicon-affairs-data.ts, wire-lexicon-economy-data.ts, wire-lexicon-society-data.ts,
 * wire-lexicon-everyday-data.ts), written apart from it.
 */
const lexiconLines = (): string[] =>
  [wireLexiconLines, ...Object.values(affairsLexiconBlocks), ...Object.values(economyLexiconBlocks), ...Object.values(societyLexiconBlocks), ...Object.values(everydayLexiconBlocks)].join('\n').split('\n');

/** The wire lexicon (wire-lexicon-data.ts and the general blocks), parsed and indexed once; a concept's id is its first English form. */
export function loadWireLexicon(): WireLexicon {
  if (cached) return cached;
  const concepts = new Map<string, string[]>();
  for (const line of lexiconLines().map((l) => l.trim()).filter(Boolean)) {
    const [en = '', ar = ''] = line.split('|');
    const forms = [...en.split(';'), ...ar.split(';')].map((f) => f.trim()).filter(Boolean);
    concepts.set(`lex:${forms[0]}`, forms);
  }
  const conceptsOf = new Map<string, Set<string>>();
  for (const [id, forms] of concepts) for (const token of forms.flatMap((form) => analyseText(form))) conceptsOf.set(token, (conceptsOf.get(token) ?? new Set()).add(id));
  cached = { concepts, phrases: indexPhrases([...concepts].map(([id, forms]) => ({ id, forms }))), conceptsOf };
  return cached;
}

/** Whether the lexicon already joins two analysed tokens: a word of one of a concept's forms each. */
export function lexiconJoins(a: string, b: string): boolean {
  const { conceptsOf } = loadWireLexicon();
  const of = conceptsOf.get(b);
  return of !== undefined && [...(conceptsOf.get(a) ?? [])].some((id) => of.has(id));
}

/** The lexicon concept whose form starts at `tokens[index]` (analysed tokens), longest first. */
export function matchConceptAt(tokens: readonly string[], index: number): { id: string; length: number } | null {
  return matchPhraseAt(loadWireLexicon().phrases, tokens, index);
}
