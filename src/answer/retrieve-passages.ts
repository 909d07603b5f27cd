import type { Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { scriptCounts } from '../text/detect-language.js';
import { type ExpandedQuery, expandQuery } from '../text/expand-query.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { loadNameVocabulary } from '../search/load-name-vocabulary.js';
import { parseQuestionDates } from './parse-question-dates.js';

/** Passages offered to the model: enough to answer, few enough to stay within a small prompt. */
const PASSAGES = 8;
const PASSAGE_CHARS = 6000;

export interface Retrieval {
  query: ExpandedQuery;
  /** passages that name enough of the question's concepts (see isRelevant) */
  relevant: PassageHit[];
  /** weaker hits: the closest stored topics, for a "not in the dispatches" answer */
  nearby: PassageHit[];
  /** the question asks for the newest: `relevant` is newest first and should stay so */
  latest: boolean;
}

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[a-z]/i;

/** Whether a phrase can occur in text of `lang`: its script, or digits, which both languages write alike. */
function writableIn(phrase: readonly string[], lang: Lang): boolean {
  const text = phrase.join('');
  return lang === 'ar' ? ARABIC.test(text) || !LATIN.test(text) : !ARABIC.test(text);
}

/** A question's concepts, and which of them are only places (they set the scene, not the topic). */
interface Concepts {
  groups: string[][][];
  places: Set<string>;
}

function conceptsOf(query: ExpandedQuery): Concepts {
  const { byId } = loadGazetteer();
  const places = new Set<string>();
  for (const id of query.entities) {
    const entry = byId.get(id);
    if (entry?.kind !== 'country' && entry?.kind !== 'city') continue;
    for (const form of [...entry.ar, ...entry.en]) places.add(analyseText(form).join(' '));
  }
  return { groups: query.groups, places };
}

const isPlace = (group: string[][], places: Set<string>) => group.every((phrase) => places.has(phrase.join(' ')));

/**
 * Whether a passage speaks to the question: it names more than half of the question's concepts
 * that could appear in its language (all of them when there are one or two), counting the
 * paragraph before it (where the speaker is often named) and the dateline city; a day the search
 * was filtered on counts as one concept matched. Unless the question is only about a place, at
 * least one concept matched must not be a place ("Kuwait" alone is half the wire).
 */
function isRelevant(hit: PassageHit, previous: PassageHit | undefined, concepts: Concepts, dated: boolean): boolean {
  const groups = concepts.groups.map((group) => group.filter((phrase) => phrase.length > 0 && writableIn(phrase, hit.lang))).filter((g) => g.length > 0);
  if (groups.length === 0 && (concepts.groups.length > 0 || !dated)) return false;
  const tokens = new Set([...analyseText(hit.text), ...(previous ? analyseText(previous.text) : []), ...analyseText(hit.dateline?.city ?? '')]);
  const matched = groups.filter((group) => group.some((phrase) => phrase.every((t) => tokens.has(t))));
  const total = groups.length + (dated ? 1 : 0);
  const needed = total <= 2 ? total : Math.floor(total / 2) + 1;
  const aboutMoreThanPlaces = concepts.groups.some((group) => !isPlace(group, concepts.places));
  return matched.length + (dated ? 1 : 0) >= needed && (!aboutMoreThanPlaces || matched.some((group) => !isPlace(group, concepts.places)));
}

/**
 * Finds the passages a question can be answered from: expanded across languages, extra terms from
 * the optional rewrite, dates honoured ("on Feb 6" filters, "latest" prefers the newest), and
 * within a character budget.
 */
export async function retrievePassages(store: DispatchStore, question: string, now: Date, extraTerms: string[] = []): Promise<Retrieval> {
  const dates = parseQuestionDates(question, now);
  const names = await loadNameVocabulary(store);
  const query = expandQuery([dates.rest, ...extraTerms].join(' '), { names });
  const base = conceptsOf(expandQuery(dates.rest, { names }));
  // The rewrite restates the question in both languages: a passage relevant to it is relevant too.
  const rewritten = extraTerms.length > 0 ? conceptsOf(expandQuery(extraTerms.join(' '))) : null;
  const hits = await store.searchPassages(query, { limit: PASSAGES * 3, ...(dates.day ? { since: dates.day, until: dates.day } : {}) });
  if (dates.latest) hits.sort((a, b) => b.date.localeCompare(a.date) || b.score - a.score);
  const relevant: PassageHit[] = [];
  const nearby: PassageHit[] = [];
  let chars = 0;
  for (const hit of hits) {
    const before = hits.find((h) => h.dispatchId === hit.dispatchId && h.paragraph === hit.paragraph - 1);
    const dated = dates.day !== undefined;
    const speaks = isRelevant(hit, before, base, dated) || (rewritten !== null && isRelevant(hit, before, rewritten, dated));
    if (speaks && relevant.length < PASSAGES && chars + hit.text.length <= PASSAGE_CHARS) {
      relevant.push(hit);
      chars += hit.text.length;
    } else {
      nearby.push(hit);
    }
  }
  return { query, relevant, nearby, latest: dates.latest };
}

/** The answer language: the user's choice, else the question's script. */
export function answerLanguage(question: string, preferred?: Lang): Lang {
  if (preferred) return preferred;
  const { arabic, latin } = scriptCounts(question);
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
