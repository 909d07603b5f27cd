import { findEntities } from '../text/find-entities.js';
import { type EntityKind, loadGazetteer } from '../text/gazetteer.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { splitSentences } from './find-speaker.js';
import type { Concepts } from './weigh-concepts.js';

/** The kinds of fact that belong to a party: a count or a score (its medals, its saves), a person (its scorer). */
const PARTY_FACTS: ReadonlySet<AnswerType> = new Set(['number', 'person']);

/**
 * The share of stored dispatches from which a country named is the wire's scene, not a party: the
 * agency's own country stands in half its copy and in the names of its events, bodies and carriers
 * ("the Kuwait Liberation Marathon", `الكويتية`), and names no owner of a fact.
 */
const SCENE = 1 / 3;

/** The kinds of entry that own a result: a country, a sports club ("Qadsia", `نادي القادسية`). */
const PARTIES: ReadonlySet<EntityKind> = new Set(['country', 'club']);

/** The parties a text names (of `kinds`), countries by name or adjective ("Iran", "Iranian", `الإيراني`) and clubs, in order of appearance. */
export function partiesNamed(text: string, kinds: ReadonlySet<EntityKind> = PARTIES): string[] {
  const { byId } = loadGazetteer();
  return findEntities(text).filter((id) => kinds.has(byId.get(id)?.kind ?? 'topic'));
}

/** The party a question asks a fact of: the one country or club it names, unless the store names it as its scene (see SCENE). */
export function partyAsked(question: string, concepts: Pick<Concepts, 'list' | 'total'>): string | undefined {
  const scene = new Set(concepts.list.filter((c) => c.place && c.documents >= SCENE * concepts.total).flatMap((c) => c.placeIds ?? []));
  const named = new Set(partiesNamed(question));
  const [asked, ...others] = [...named];
  return asked !== undefined && others.length === 0 && !scene.has(asked) ? asked : undefined;
}

/**
 * Whether a passage misses the party a question asks the fact of: asked how many medals Jordan won, or
 * who Iran's top scorer was, a passage whose every sentence holding a figure (or a person) names
 * another party first, a country or a club ("Kuwaiti weightlifter Talal Al-Subaie won gold … in Amman,
 * the Jordanian capital"; "Kuwait beat Iran 29-27"; "Kazma won … ahead of Qadsia"), tells another
 * party's: the wire puts a fact's owner first in its sentence. A sentence of the kind asked that names
 * no party vetoes nothing (its party is its story's). Pure.
 */
export function missesPartyAsked(asked: string, type: AnswerType | null, passage: string): boolean {
  if (type === null || !PARTY_FACTS.has(type)) return false;
  const owners = splitSentences(passage)
    .filter((sentence) => holdsAnswerType(sentence, type))
    .map((sentence) => partiesNamed(sentence)[0]);
  return owners.length > 0 && owners.every((owner) => owner !== undefined && owner !== asked);
}
