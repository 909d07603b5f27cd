import { z } from 'zod';
import type { Lang } from '../dispatch/dispatch-types.js';
import type { Logger } from '../logger.js';
import type { DispatchStore, PassageHit } from '../store/dispatch-store.js';
import type { BilingualDictionary } from '../text/bilingual-dictionary.js';
import { findAskedNames } from '../text/find-asked-names.js';
import { loadGazetteer } from '../text/gazetteer.js';
import type { AnswerCitation, AnswerResult } from './answer-types.js';
import { buildAnswerPrompt } from './build-answer-prompt.js';
import { classifySmallTalk } from './classify-small-talk.js';
import { citationOf, extractAnswer } from './extract-answer.js';
import { figureTellingFirst, questionFigures } from './figure-telling-first.js';
import { leadWithNewestStory } from './lead-with-newest-story.js';
import { readersVersionFirst } from './readers-version-first.js';
import { dayAskedFirst } from './story-day-asked.js';
import { renderPrompt } from './load-prompt.js';
import type { Llm } from './llm.js';
import { answerLanguage, retrievePassages } from './retrieve-passages.js';
import { looksLikeInstruction, statementSupported, verifyClaim } from './verify-citations.js';

export type { AnswerCitation, AnswerResult } from './answer-types.js';

export interface AnswerDeps {
  store: DispatchStore;
  llm: Llm | null;
  logger: Logger;
  /** a general dictionary for words no list bridges (see loadBilingualDictionary); absent or null: none */
  dictionary?: BilingualDictionary | null;
}

const answerSchema = z.object({
  found: z.boolean(),
  claims: z.array(z.object({ statement: z.string(), passage: z.number().int(), quote: z.string() })),
});

const rewriteSchema = z.object({ terms: z.array(z.string()) });


/**
 * Answers a question from the stored dispatches only; small talk (hello, مرحبا, thanks, help) gets a
 * short reply in its language and no search. With an LLM, its claims are kept only when
 * they cite a passage it was given, quote it verbatim and say something the quote contains; if none
 * survive, the extractive answer quotes only passages the offline judge accepts on the question's
 * own words (else it declines); if the LLM fails, the extractive answer is given. Nothing relevant: found=false.
 */
export async function answerQuestion(deps: AnswerDeps, question: string, options: { lang?: Lang; now: Date; timeZone?: string }): Promise<AnswerResult> {
  const smallTalk = classifySmallTalk(question);
  if (smallTalk) {
    const lang = options.lang ?? smallTalk.lang;
    return { answer: '', lang, found: false, mode: 'extractive', citations: [], kind: smallTalk.kind, frame: { kind: 'small-talk' } };
  }
  const lang = answerLanguage(question, options.lang);
  const extra = deps.llm ? await rewriteQuery(deps, question) : [];
  const retrieval = await retrievePassages(deps.store, question, options.now, { extraTerms: extra, ...(options.timeZone ? { timeZone: options.timeZone } : {}), ...(deps.dictionary ? { dictionary: deps.dictionary } : {}) });
  const { nearby, query } = retrieval;
  // A paragraph that speaks to the model is data nobody asked for: it is neither shown to the model nor quoted.
  const relevant = retrieval.relevant.filter((hit) => !looksLikeInstruction(hit.text));
  const unanswered = () => (retrieval.partial.length > 0 && retrieval.missing.length > 0 ? partialAnswer(lang, retrieval.partial, retrieval.missing) : declined(lang, nearby));

  let quotable = relevant;
  if (deps.llm) {
    // With a model, its `found` decides: it sees the relevant passages and the closest after them.
    const offered = [...new Set([...relevant, ...retrieval.partial, ...nearby])].filter((hit) => !looksLikeInstruction(hit.text)).slice(0, MODEL_PASSAGES);
    if (offered.length === 0) return declined(lang, nearby);
    try {
      const grounded = await askModel(deps.llm, question, offered, lang, deps.logger);
      if (grounded === 'not-found') return unanswered();
      if (grounded) return grounded;
      // The model claimed an answer and none of its claims held up: quote only what the offline
      // judge accepts on the question's own words, else decline (never a near miss dressed as an answer).
      quotable = relevant.filter((hit) => retrieval.ownWords.includes(hit));
      deps.logger.warn({ quotable: quotable.length }, 'no claim of the model held up; quoting only passages the offline judge accepts');
    } catch (error) {
      deps.logger.warn({ err: error }, 'LLM answer failed; answering extractively');
    }
  }
  if (quotable.length === 0) return unanswered();
  const people = query.entities.filter((id) => loadGazetteer().byId.get(id)?.kind === 'person');
  // Each story's version in the reader's language first, unless the question asks for the newest: then recency wins. A dateless
  // question about a story told again and again: the newest story first, in the reader's language first.
  // Within a story, the paragraph writing the figures the question quotes first, in either language.
  // A day asked: each story's dispatch filed that day first, in either language (see dayAskedFirst).
  const readersFirst = dayAskedFirst(figureTellingFirst(readersVersionFirst(quotable, lang, new Set(retrieval.throughOtherVersion), retrieval.parallels), questionFigures(question)), retrieval.dayAsked);
  const ordered = retrieval.latest ? quotable : retrieval.newestStory ? leadWithNewestStory(readersFirst) : readersFirst;
  return extractAnswer(ordered, retrieval.dispatches, lang, people, findAskedNames(question));
}

/** Passages a model sees: the relevant ones first, then the closest, for it to judge (twelve: a story told in both languages and updated through the day fills eight with its versions before the passage holding the fact). */
const MODEL_PASSAGES = 12;

async function rewriteQuery(deps: AnswerDeps, question: string): Promise<string[]> {
  try {
    const result = await (deps.llm as Llm).generate({
      name: 'query_rewrite',
      system: renderPrompt('query-rewrite.md', { question }),
      user: question,
      schema: rewriteSchema,
    });
    return result.terms.slice(0, 12);
  } catch (error) {
    deps.logger.warn({ err: error }, 'query rewrite failed; searching with the question alone');
    return [];
  }
}

/** The model's grounded answer; `not-found` when it says the passages do not answer; null when none of its claims held up. */
async function askModel(llm: Llm, question: string, passages: PassageHit[], lang: Lang, logger: Logger): Promise<AnswerResult | 'not-found' | null> {
  const prompt = buildAnswerPrompt(question, passages, lang);
  const reply = await llm.generate({ name: 'grounded_answer', system: prompt.system, user: prompt.user, schema: answerSchema });
  if (!reply.found) return 'not-found';
  const texts = passages.map((p) => p.text);
  const statements: string[] = [];
  const citations: AnswerCitation[] = [];
  for (const claim of reply.claims) {
    const check = verifyClaim(claim, texts);
    if (!check.ok || !statementSupported(claim.statement, claim.quote)) {
      logger.info({ passage: claim.passage, reason: check.ok ? 'statement not supported by its quote' : check.reason }, 'dropped an unverified claim');
      continue;
    }
    const hit = passages[claim.passage - 1] as PassageHit;
    statements.push(`${claim.statement.trim()} [${citations.length + 1}]`);
    citations.push(citationOf(hit, claim.quote.trim()));
  }
  if (citations.length === 0) return null;
  return { answer: statements.join('\n'), lang, found: true, mode: 'llm', citations, frame: { kind: 'model' } };
}

/**
 * The topic is stored but the fact asked for is not: what the dispatches do report, quoted, and
 * what they do not (found stays false, so nobody mistakes it for the answer).
 */
function partialAnswer(lang: Lang, passages: PassageHit[], missing: string[]): AnswerResult {
  const lines = passages.map((hit) => `${[hit.agency, hit.dateline?.city, hit.date].filter(Boolean).join(', ')}: «${hit.text}»`);
  return { answer: lines.join('\n'), lang, found: false, mode: 'extractive', citations: passages.map((hit) => citationOf(hit, hit.text)), frame: { kind: 'partial', missing } };
}

function declined(lang: Lang, nearby: PassageHit[]): AnswerResult {
  const headlines = [...new Set(nearby.map((hit) => hit.headline))].slice(0, 3);
  return { answer: '', lang, found: false, mode: 'extractive', citations: [], frame: { kind: 'declined', closest: headlines } };
}
