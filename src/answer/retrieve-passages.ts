import type { Lang } from '../dispatch/dispatch-types.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { type ExpandedQuery, expandQuery } from '../text/expand-query.js';
import { parseQuestionDates } from './parse-question-dates.js';

/** Passages offered to the model: enough to answer, few enough to stay within a small prompt. */
const PASSAGES = 8;
const PASSAGE_CHARS = 6000;

export interface Retrieval {
  query: ExpandedQuery;
  /** passages that name at least half of the question's concepts (or all, when it has one) */
  relevant: PassageHit[];
  /** weaker hits: the closest stored topics, for a "not in the dispatches" answer */
  nearby: PassageHit[];
}

function conceptsMatched(hit: PassageHit, previous: PassageHit | undefined, query: ExpandedQuery): number {
  const tokens = new Set([...analyseText(hit.text), ...(previous ? analyseText(previous.text) : [])]);
  return query.groups.filter((group) => group.some((phrase) => phrase.length > 0 && phrase.every((t) => tokens.has(t)))).length;
}

/**
 * Finds the passages a question can be answered from: expanded across languages, extra terms from
 * the optional rewrite, dates honoured ("on Feb 6" filters, "latest" prefers the newest), and
 * within a character budget.
 */
export async function retrievePassages(store: DispatchStore, question: string, now: Date, extraTerms: string[] = []): Promise<Retrieval> {
  const query = expandQuery([question, ...extraTerms].join(' '));
  const base = expandQuery(question);
  const dates = parseQuestionDates(question, now);
  const hits = await store.searchPassages(query, { limit: PASSAGES * 3, ...(dates.day ? { since: dates.day, until: dates.day } : {}) });
  if (dates.latest) hits.sort((a, b) => b.date.localeCompare(a.date) || b.score - a.score);
  const needed = base.groups.length <= 1 ? base.groups.length : Math.ceil(base.groups.length / 2);
  const relevant: PassageHit[] = [];
  const nearby: PassageHit[] = [];
  let chars = 0;
  for (const hit of hits) {
    const before = hits.find((h) => h.dispatchId === hit.dispatchId && h.paragraph === hit.paragraph - 1);
    if (needed > 0 && conceptsMatched(hit, before, base) >= needed && relevant.length < PASSAGES && chars + hit.text.length <= PASSAGE_CHARS) {
      relevant.push(hit);
      chars += hit.text.length;
    } else {
      nearby.push(hit);
    }
  }
  return { query, relevant, nearby };
}

/** The answer language: the user's choice, else the question's script. */
export function answerLanguage(question: string, preferred?: Lang): Lang {
  if (preferred) return preferred;
  const arabic = question.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = question.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
