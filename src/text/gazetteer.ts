import { analyseText } from './analyse-text.js';
import { gazetteerLines } from './gazetteer-data.js';

export type EntityKind = 'person' | 'country' | 'city' | 'org' | 'company' | 'office' | 'topic';

export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  ar: string[];
  en: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** every analysed form, keyed by its first token: [tokens, entry id], longest first */
  phrases: PhraseIndex;
}

let cached: Gazetteer | null = null;

/** The gazetteer, parsed and indexed once (analysed forms, so prefixes like و/ال match). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const entries: GazetteerEntry[] = gazetteerLines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [id, kind, ar, en] = line.split('|') as [string, EntityKind, string, string];
      return { id, kind, ar: ar.split(';'), en: en.split(';') };
    });
  const phrases = indexPhrases(entries.map((entry) => ({ id: entry.id, forms: [...entry.ar, ...entry.en] })));
  cached = { entries, byId: new Map(entries.map((e) => [e.id, e])), phrases };
  return cached;
}

/** Analysed forms keyed by their first token, longest first: the index both the gazetteer and the wire lexicon match with. */
export type PhraseIndex = Map<string, Array<{ tokens: string[]; id: string }>>;

/** Indexes each entry's forms, analysed (so prefixes like و/ال and plurals match). */
export function indexPhrases(entries: ReadonlyArray<{ id: string; forms: readonly string[] }>): PhraseIndex {
  const phrases: PhraseIndex = new Map();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const tokens = analyseText(form);
      const head = tokens[0];
      if (!head) continue;
      const list = phrases.get(head) ?? [];
      if (!list.some((p) => p.id === entry.id && p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, id: entry.id });
      phrases.set(head, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return phrases;
}

/** The entry whose form starts at `tokens[index]`, longest match first. */
export function matchPhraseAt(phrases: PhraseIndex, tokens: readonly string[], index: number): { id: string; length: number } | null {
  const candidates = phrases.get(tokens[index] as string);
  if (!candidates) return null;
  for (const { tokens: phrase, id } of candidates) {
    if (phrase.every((token, offset) => tokens[index + offset] === token)) return { id, length: phrase.length };
  }
  return null;
}

/** The gazetteer entry whose form starts at `tokens[index]`, longest match first. */
export function matchEntityAt(tokens: readonly string[], index: number): { id: string; length: number } | null {
  return matchPhraseAt(loadGazetteer().phrases, tokens, index);
}
