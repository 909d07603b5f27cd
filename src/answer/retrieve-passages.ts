import type { Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { scriptCounts } from '../text/detect-language.js';
import { type ExpandedQuery, expandQuery } from '../text/expand-query.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { normaliseQuestion } from '../text/normalise-question.js';
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

export interface RetrieveOptions {
  /** terms from the optional LLM rewrite */
  extraTerms?: string[];
  /** the asker's zone, for "today", "yesterday", "this week" (default Asia/Kuwait) */
  timeZone?: string;
}

/**
 * Finds the passages a question can be answered from: expanded across languages, extra terms from
 * the optional rewrite, dates honoured in the asker's time zone ("on Feb 6", "yesterday", "this
 * week" filter; a bare weekday is preferred; "latest X" puts the newest passage relevant to X
 * first: the newest dispatch of X's story, even where grouping missed an update), and within a character budget. A question with a date or "latest" and no topic ("what
 * happened yesterday?", "ما آخر الأخبار") gets the newest dispatch of each story in that time.
 */
export async function retrievePassages(store: DispatchStore, question: string, now: Date, options: RetrieveOptions | string[] = {}): Promise<Retrieval> {
  const { extraTerms = [], timeZone } = Array.isArray(options) ? { extraTerms: options } : options;
  const dates = parseQuestionDates(question, now, timeZone);
  const names = await loadNameVocabulary(store);
  const rest = normaliseQuestion(dates.rest);
  const query = expandQuery([rest, ...extraTerms].join(' '), { names });
  const base = conceptsOf(expandQuery(rest, { names }));
  if (base.groups.length === 0 && extraTerms.length === 0) {
    return dates.range || dates.latest || asksForNews(question) ? newestStories(store, query, dates.range) : { query, relevant: [], nearby: [], latest: false };
  }
  // The rewrite restates the question in both languages: a passage relevant to it is relevant too.
  const rewritten = extraTerms.length > 0 ? conceptsOf(expandQuery(extraTerms.join(' '))) : null;
  const range = dates.range ? { since: dates.range.since, until: dates.range.until } : {};
  const hits = order(await store.searchPassages(query, { limit: PASSAGES * 3, ...range }), dates.latest, dates.prefer);
  const relevant: PassageHit[] = [];
  const nearby: PassageHit[] = [];
  let chars = 0;
  for (const hit of hits) {
    const before = hits.find((h) => h.dispatchId === hit.dispatchId && h.paragraph === hit.paragraph - 1);
    const dated = dates.range !== undefined;
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

/** "what's new", "any news", "شو الأخبار", "ايش الجديد": the question asks for news and names no topic. */
const NEWS = /(?:news|new|happening|happened|going on|updates?)|أخبار|اخبار|الجديد|جديد|صار|يصير|حصل|صاير/iu;
const asksForNews = (question: string) => NEWS.test(question);

/** Hits best first; the newest first when the question asks for the latest; a preferred day's first. */
function order(hits: PassageHit[], latest: boolean, prefer: string | undefined): PassageHit[] {
  const sorted = latest ? [...hits].sort((a, b) => b.date.localeCompare(a.date) || b.score - a.score) : hits;
  return prefer ? [...sorted.filter((h) => h.date === prefer), ...sorted.filter((h) => h.date !== prefer)] : sorted;
}

/** The newest dispatch of each story in a time (all time: the newest stories), each by its lead paragraph. */
async function newestStories(store: DispatchStore, query: ExpandedQuery, range?: { since: string; until: string }): Promise<Retrieval> {
  const summaries = await store.listDispatches({ ...(range ?? {}), limit: PASSAGES * 6 });
  const seen = new Set<string>();
  const newest = summaries.filter((s) => !seen.has(s.storyId) && seen.add(s.storyId)).slice(0, PASSAGES);
  const dispatches = await store.getDispatches(newest.map((s) => s.id));
  const relevant: PassageHit[] = dispatches.map((d) => ({
    dispatchId: d.id, paragraph: 0, text: d.paragraphs[0] ?? d.headline, score: 0, date: d.date, lang: d.lang, agency: d.agency,
    headline: d.headline, dateline: d.dateline, urgent: d.urgent, storyId: d.storyId,
  }));
  return { query, relevant, nearby: [], latest: true };
}

/** The answer language: the user's choice, else the question's script. */
export function answerLanguage(question: string, preferred?: Lang): Lang {
  if (preferred) return preferred;
  const { arabic, latin } = scriptCounts(question);
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
