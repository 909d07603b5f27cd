import { normaliseArabic } from '../text/analyse-arabic.js';
import { findEntities } from '../text/find-entities.js';
import { findOccurrences } from '../text/find-occurrences.js';
import { type EntityKind, loadGazetteer } from '../text/gazetteer.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { splitSentences } from './find-speaker.js';
import { clausesOf } from './misses-next-asked.js';
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
const COUNTRIES: ReadonlySet<EntityKind> = new Set(['country']);

/** The parties a text names (of `kinds`), countries by name or adjective ("Iran", "Iranian", `الإيراني`) and clubs, in order of appearance. */
export function partiesNamed(text: string, kinds: ReadonlySet<EntityKind> = PARTIES): string[] {
  const { byId } = loadGazetteer();
  return findEntities(text).filter((id) => kinds.has(byId.get(id)?.kind ?? 'topic'));
}

/** The endings of an Arabic name's adjective (folded): `قطري`, `القطرية`, `كينيون`, `الكينيتين`. */
const NISBA_ENDINGS = ['', 'ي', 'يه', 'يين', 'يون', 'يان', 'يات', 'يتين', 'يتان'];

/**
 * Whether the question writes the party's own name or its adjective, not a word its stem only shares: `قطرة` (a drop) is
 * stemmed as `قطر` (Qatar), `الكين` (kin-ball's kin) as Kenya's adjective `كينية`. An English or a many-word form is taken
 * as the gazetteer read it; an Arabic word, its clitics and article off, must be the name, or the name (without a closing
 * `ا` or `يا`) with an adjective's ending (see NISBA_ENDINGS).
 */
function writesParty(question: string, id: string): boolean {
  const entry = loadGazetteer().byId.get(id);
  if (entry === undefined || /[a-z]/iu.test(question) || entry.ar.some((form) => form.includes(' ') && normaliseArabic(question).includes(normaliseArabic(form)))) return true;
  const written = new Set(
    entry.ar.filter((form) => !form.includes(' ')).flatMap((form) => {
      const name = normaliseArabic(form).replace(/^ال/u, '');
      const stem = name.replace(/(?:يا|ا|يه)$/u, '');
      return [name, ...NISBA_ENDINGS.filter((ending) => stem === name || ending !== '').map((ending) => `${stem}${ending}`)];
    }),
  );
  return normaliseArabic(question)
    .split(/[^\p{L}]+/u)
    .some((word) => CLITICS.some((clitic) => word.startsWith(clitic) && written.has(word.slice(clitic.length))));
}

/** What Arabic glues before a name (folded): a conjunction, a preposition, the article (`وللكويت`, `بالسودان`, `القطري`). */
const CLITICS = ['', 'و', 'ف'].flatMap((conjunction) => ['', 'ب', 'ل', 'ك'].flatMap((preposition) => ['', 'ال', 'ل'].map((article) => `${conjunction}${preposition}${article}`)));

/** The party a question asks a fact of: the one country or club it names (see writesParty), unless the store names it as its scene (see SCENE). */
export function partyAsked(question: string, concepts: Pick<Concepts, 'list' | 'total'>): string | undefined {
  const scene = new Set(concepts.list.filter((c) => c.place && c.documents >= SCENE * concepts.total).flatMap((c) => c.placeIds ?? []));
  const named = new Set(partiesNamed(question).filter((id) => writesParty(question, id)));
  const [asked, ...others] = [...named];
  return asked !== undefined && others.length === 0 && !scene.has(asked) && !namedAsOpponent(question, asked) ? asked : undefined;
}

/**
 * Words before a party that make it the other side of a game ("after Qatar", "against Iran", `ضد إيران`, `بعد قطر`),
 * or part of an event's name (`بطولة الكويت للسامبو`, `كأس قطر`): not the one whose fact is asked.
 */
const OPPONENT_BEFORE = /(?:\b(?:after|against|versus|vs|beat|beating|play|playing|face|facing)\s+(?:the\s+)?|(?:^|\s)(?:بعد|ضد|امام|أمام|بطولة|بطوله|لبطولة|لبطوله|ببطولة|ببطوله|كأس|كاس|دوري|ماراثون)\s+)$/iu;
/** Words after a party that make it part of an event's name ("the Kuwait Open", "Qatar championship"). */
const EVENT_AFTER = /^(?:'s)?\s+(?:open|championship|championships|cup|league|marathon|grand prix)\b/iu;

/** Whether every mention of the party in the question follows a word of opposition or names an event (see OPPONENT_BEFORE, EVENT_AFTER): the asker's reference point, not whose fact is asked. */
function namedAsOpponent(question: string, id: string): boolean {
  const entry = loadGazetteer().byId.get(id);
  const lower = question.toLowerCase();
  const at = [...(entry?.ar ?? []), ...(entry?.en ?? [])].flatMap((form) => {
    const f = form.toLowerCase();
    return findOccurrences(lower, f).map((i): [number, number] => [i, i + f.length]);
  });
  return at.length > 0 && at.every(([i, end]) => OPPONENT_BEFORE.test(lower.slice(0, i)) || EVENT_AFTER.test(lower.slice(end)));
}

/**
 * Whether a passage misses the party a question asks the fact of: asked how many medals Jordan won, or
 * who Iran's top scorer was, a passage whose every clause holding a figure (or a person) names
 * another party first, a country or a club ("Kuwaiti weightlifter Talal Al-Subaie won gold … in Amman,
 * the Jordanian capital"; "Kuwait beat Iran 29-27"; "Kazma won … ahead of Qadsia"), tells another
 * party's: the wire puts a fact's owner first in its clause. A speaker's sentence joins facts of several
 * owners ("… that Kuwait bought 900 tonnes a year, and that cardamom from India made up two thirds of
 * sales", see clausesOf): a clause naming a party of its own tells that party's fact, one naming none the
 * party of the clause before it. A sentence of the kind asked that names no party vetoes nothing (its party is its story's). Pure.
 */
export function missesPartyAsked(asked: string, type: AnswerType | null, passage: string): boolean {
  if (type === null || !PARTY_FACTS.has(type)) return false;
  // A club is no other party than a country asked: it plays in one (the wire's own, mostly), which its name does not tell.
  const kinds = loadGazetteer().byId.get(asked)?.kind === 'country' ? COUNTRIES : PARTIES;
  const owners = splitSentences(passage).flatMap((sentence) => {
    let owner: string | undefined;
    return clausesOf(sentence).flatMap((clause) => {
      owner = partiesNamed(clause, kinds)[0] ?? owner;
      return holdsAnswerType(clause, type) ? [owner] : [];
    });
  });
  return owners.length > 0 && owners.every((owner) => owner !== undefined && owner !== asked);
}
