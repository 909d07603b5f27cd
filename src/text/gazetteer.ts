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
  phrases: Map<string, Array<{ tokens: string[]; id: string }>>;
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
  const phrases = new Map<string, Array<{ tokens: string[]; id: string }>>();
  for (const entry of entries) {
    for (const form of [...entry.ar, ...entry.en]) {
      const tokens = analyseText(form);
      const head = tokens[0];
      if (!head) continue;
      const list = phrases.get(head) ?? [];
      if (!list.some((p) => p.id === entry.id && p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, id: entry.id });
      phrases.set(head, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cached = { entries, byId: new Map(entries.map((e) => [e.id, e])), phrases };
  return cached;
}

/** The gazetteer entry whose form starts at `tokens[index]`, longest match first. */
export function matchEntityAt(tokens: readonly string[], index: number): { id: string; length: number } | null {
  const candidates = loadGazetteer().phrases.get(tokens[index] as string);
  if (!candidates) return null;
  for (const { tokens: phrase, id } of candidates) {
    if (phrase.every((token, offset) => tokens[index + offset] === token)) return { id, length: phrase.length };
  }
  return null;
}
