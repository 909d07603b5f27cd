import type { Lang } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import type { ExpandedQuery } from '../text/expand-query.js';
import { loadGazetteer } from '../text/gazetteer.js';
import type { NameVocabulary } from '../text/name-vocabulary.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';

/** One concept of a question, with what the store says about it. */
export interface Concept {
  /** alternatives, each a phrase of analysed tokens */
  group: string[][];
  /** only a place: it sets the scene ("Kuwait" is half the wire), never decides relevance alone */
  place: boolean;
  /** how many stored dispatches hold its most common alternative (the rarer, the more telling) */
  documents: number;
  /** a concept the question is about; a filler (a dialect verb no dispatch holds) is not */
  critical: boolean;
  /** a name from the gazetteer (a person, a place, an organisation): the paragraph before may give it */
  entity: boolean;
}

export interface Concepts {
  list: Concept[];
  /** stored dispatches, for weighting concepts by rarity */
  total: number;
  /** the question's critical words no stored dispatch holds ("tickets" when no dispatch mentions any) */
  missing: string[];
}

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[a-z]/i;

/** Whether a phrase can occur in text of `lang`: its script, or digits, which both languages write alike. */
function writableIn(phrase: readonly string[], lang: Lang): boolean {
  const text = phrase.join('');
  return lang === 'ar' ? ARABIC.test(text) || !LATIN.test(text) : !ARABIC.test(text);
}

/**
 * Whether a word no dispatch holds, and no list knows, is what the question is about (`tennis`,
 * `shipment`, `المسرحية`) rather than a word of the asking (`make`, `sitting`, `قضية`, `يطبقون`):
 * an English stem of five letters or more, an Arabic noun with the article.
 */
function isCriticalWord(token: string, question: string): boolean {
  if (!ARABIC.test(token)) return token.length >= 5 && !/\d/.test(token);
  const words = question.split(/[\s؟?.,،!]+/).filter((word) => analyseText(word)[0] === token);
  return token.length >= 4 && words.some((word) => /^[وبفك]?(?:ال)/.test(word));
}

/**
 * The question's concepts weighed against the store: how rare each is, which are places, which
 * matter, and which critical words no dispatch holds (then the fact asked for is not stored).
 * Without a vocabulary every concept counts as held and equally rare.
 */
export function weighConcepts(query: ExpandedQuery, question: string, names: NameVocabulary | undefined, total: number): Concepts {
  const { byId } = loadGazetteer();
  const places = new Set<string>();
  const entities = new Set<string>();
  for (const id of query.entities) {
    const entry = byId.get(id);
    const forms = [...(entry?.ar ?? []), ...(entry?.en ?? [])].map((form) => analyseText(form).join(' '));
    for (const form of forms) entities.add(form);
    if (entry?.kind === 'country' || entry?.kind === 'city') for (const form of forms) places.add(form);
  }
  const missing: string[] = [];
  const list = query.groups.map((group) => {
    const documents = names ? Math.max(0, ...group.map((phrase) => Math.min(...phrase.map((token) => names.documents(token))))) : 1;
    const place = group.some((phrase) => places.has(phrase.join(' ')));
    const single = group.length === 1 && group[0]?.length === 1;
    const critical = !place && (documents > 0 || !single || isCriticalWord(group[0]?.[0] as string, question));
    if (critical && documents === 0) missing.push(group[0]?.join(' ') ?? '');
    return { group, place, documents, critical, entity: group.some((phrase) => entities.has(phrase.join(' '))) };
  });
  return { list, total, missing };
}

/** Words that change what a following word names: a semi-final is not the final, a deputy not the minister. */
const MODIFIERS = new Set(['semi', 'quarter', 'vice', 'deputy', 'former', 'pre', 'نصف', 'ربع', 'نائب', 'سابق'].flatMap((w) => analyseText(w)));

/** Words after which an event is only in prospect: a team that "reached the final" has not won it. */
const PROSPECTIVE = new Set(
  ['reach', 'reached', 'reaching', 'qualify', 'qualified', 'advance', 'advanced', 'book', 'booked', 'بلوغ', 'تأهل', 'يتأهل', 'تأهله', 'الوصول'].flatMap((w) => analyseText(w)),
);

/** Whether `phrase` occurs in `tokens` not right after a modifier (or a word of prospect) the question did not use. */
function occursIn(tokens: readonly string[], phrase: readonly string[], asked: ReadonlySet<string>): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (!phrase.every((token, offset) => tokens[i + offset] === token)) continue;
    const before = tokens[i - 1];
    if (before === undefined || asked.has(before) || !(MODIFIERS.has(before) || PROSPECTIVE.has(before))) return true;
  }
  return false;
}

/** A paragraph that goes on with the one before: a pronoun subject, "also" early on, "he said", or Arabic opening with و. */
const CONTINUES = /^(?:(?:he|she|it|they|this|these|its|their)\b|(?:\S+\s+){0,4}(?:also|further|meanwhile)\b|و)|,\s+(?:he|she|it|they)\s+(?:said|added|noted)\.?$/iu;

/** What a passage names of the question's concepts (with the paragraph before and the dateline city), and what its language can write. */
function matcher(hit: PassageHit, previous: PassageHit | undefined, concepts: Concepts) {
  const asked = new Set(concepts.list.flatMap((c) => c.group.flat()));
  const own = [...analyseText(hit.dateline?.city ?? ''), ...analyseText(hit.text)];
  // The paragraph before names who and where ("Putin said …" then "He added …"); what it reports
  // carries over only to a paragraph that goes on with it ("The draft also sets …", "وأضاف …").
  const withBefore = previous ? [...analyseText(previous.text), ...own] : own;
  const continues = CONTINUES.test(hit.text.trim());
  return {
    named: (concept: Concept) => concept.group.some((phrase) => phrase.length > 0 && occursIn(concept.entity || continues ? withBefore : own, phrase, asked)),
    writable: (concept: Concept) => concept.group.some((phrase) => phrase.length > 0 && writableIn(phrase, hit.lang)),
  };
}

/**
 * Whether a passage is close enough to the question to be quoted in a partial answer ("the
 * dispatches report … but not …"): it names half the weight of the question's topics, the
 * critical words no dispatch holds counted too.
 */
export function isOnTopic(hit: PassageHit, previous: PassageHit | undefined, concepts: Concepts): boolean {
  const { named, writable } = matcher(hit, previous, concepts);
  const held = concepts.list.filter((c) => c.critical && c.documents > 0 && writable(c));
  const weight = (list: Concept[]) => list.reduce((sum, c) => sum + weightOf(c, concepts.total), 0);
  const namedTopics = held.filter(named);
  // A word no dispatch holds weighs as much as an average topic: it is what is missing, not what is rare.
  const missing = concepts.list.filter((c) => c.critical && c.documents === 0).length * (held.length > 0 ? weight(held) / held.length : 1);
  return namedTopics.length >= Math.min(2, held.length) && namedTopics.length > 0 && weight(namedTopics) >= PARTIAL * (weight(held) + missing);
}

/** Share of the topics' weight a passage must name to be quoted in a partial answer. */
const PARTIAL = 0.5;

/** A concept's weight from its rarity (BM25's IDF). */
const weightOf = (concept: Concept, total: number) => Math.log(1 + (total - concept.documents + 0.5) / (concept.documents + 0.5));

/** Share of the concepts' weight a passage must name (fitted on the dev split). */
const COVERAGE = 0.6;
/** How many of the rarest topics a passage must name when the question has three or four (longer questions carry incidental words). */
const RAREST = 2;

/**
 * Whether a passage answers the question: it names the question's rarest critical concept that
 * is not a place (the two rarest, of three or four), and most (COVERAGE) of the weight by rarity of all its concepts, places included, counting the paragraph before
 * it (where the speaker is often named) and the dateline city, never a word right after a
 * modifier the question lacks ("semi-final" for "final"), and it holds the kind of fact asked for
 * (a number for "how many"). A question only about places needs one of them, or its day.
 */
export function isRelevant(hit: PassageHit, previous: PassageHit | undefined, concepts: Concepts, dated: boolean, type: AnswerType | null): boolean {
  const { named, writable } = matcher(hit, previous, concepts);
  const topics = concepts.list.filter((c) => c.critical && c.documents > 0 && writable(c));
  const places = concepts.list.filter((c) => c.place && c.documents > 0 && writable(c));
  if (topics.length === 0) {
    // Only places (or nothing this language can write): one of them, or the day asked, will do.
    const anyTopic = concepts.list.some((c) => c.critical);
    return !anyTopic && (places.some(named) || (dated && places.length === 0) || (dated && places.some(named)));
  }
  const rarest = [...topics].sort((a, b) => a.documents - b.documents).slice(0, topics.length >= 3 && topics.length <= 4 ? RAREST : 1);
  if (!rarest.every(named)) return false;
  // A named thing the question is about (a person, an organisation, an occasion) is not optional.
  if (!topics.filter((c) => c.entity).every(named)) return false;
  // Places count towards coverage ("signed by China and Pakistan"), never alone.
  const weighed = [...topics, ...places];
  const weight = (list: Concept[]) => list.reduce((sum, c) => sum + weightOf(c, concepts.total), 0);
  return weight(weighed.filter(named)) >= COVERAGE * weight(weighed) && holdsAnswerType(hit.text, type);
}
