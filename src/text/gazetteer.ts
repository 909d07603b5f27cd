import { analyseText } from './analyse-text.js';
import { demonymLines } from './country-demonyms-data.js';
import { gazetteerLines } from './gazetteer-data.js';

/** `club`: a sports club (Kuwait's league clubs), a party to a result as a country is. */
export type EntityKind = 'person' | 'country' | 'city' | 'org' | 'club' | 'company' | 'office' | 'topic';

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
  /** the same without the countries' adjectives ("Chinese", "الروسية"): names only, the keys story grouping was fitted on */
  namePhrases: PhraseIndex;
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
  const namePhrases = indexPhrases(entries.map((entry) => ({ id: entry.id, forms: [...entry.ar, ...entry.en] })));
  // A country is named by its adjective as often as by its name ("a Chinese company", "شركة صينية").
  const demonyms = new Map(demonymLines.split('\n').filter((line) => line.includes('|')).map((line) => line.trim().split('|') as [string, string]));
  for (const entry of entries) {
    if (entry.kind !== 'country') continue;
    entry.en.push(...(demonyms.get(entry.id)?.split(';') ?? []));
    // An adjective that reads as another entry's name is left out (كوبية → كوب, the COP summits).
    entry.ar.push(...entry.ar.flatMap(arabicNisba).filter((form) => !namePhrases.get(analyseText(form)[0] as string)?.some((p) => p.tokens.length === 1)));
  }
  const phrases = indexPhrases(entries.map((entry) => ({ id: entry.id, forms: [...entry.ar, ...entry.en] })));
  cached = { entries, byId: new Map(entries.map((e) => [e.id, e])), phrases, namePhrases };
  return cached;
}

/**
 * The Arabic adjective of a one-word country name the stemmer cannot bring back to it: a name ending
 * in ا takes the nisba in place of its ا (روسيا → روسية, أمريكا → أمريكية, تركيا → تركية). Other
 * names meet their adjectives through the stemmer (الصينية → صين). Pure.
 */
export function arabicNisba(name: string): string[] {
  if (name.includes(' ') || !name.endsWith('ا') || name.length < 4) return [];
  return [`${name.replace(/^ال/, '').slice(0, name.endsWith('يا') ? -2 : -1)}ية`];
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

/**
 * Every gazetteer entry one of whose forms spells a whole name (analysed tokens) exactly: a form two
 * entries share (`عمان`, Oman and Amman) stands for either, where matchEntityAt picks one. None when
 * no form is the whole name.
 */
export function entitiesSpelt(tokens: readonly string[]): string[] {
  const candidates = loadGazetteer().phrases.get(tokens[0] as string) ?? [];
  return candidates.filter((p) => p.tokens.length === tokens.length && p.tokens.every((token, i) => tokens[i] === token)).map((p) => p.id);
}

/** The gazetteer entry whose form starts at `tokens[index]`, longest match first; `adjectives: false` matches names only. */
export function matchEntityAt(tokens: readonly string[], index: number, options: { adjectives?: boolean } = {}): { id: string; length: number } | null {
  const gazetteer = loadGazetteer();
  return matchPhraseAt(options.adjectives === false ? gazetteer.namePhrases : gazetteer.phrases, tokens, index);
}
