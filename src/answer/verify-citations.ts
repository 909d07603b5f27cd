import { analyseText } from '../text/analyse-text.js';
import { findEntities } from '../text/find-entities.js';
import { normaliseArabic } from '../text/analyse-arabic.js';

/** Folds what copying may change: tashkeel, alef forms, case, punctuation and spacing. */
export function normaliseForQuote(text: string): string {
  return normaliseArabic(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text that addresses the model rather than reports news; never a basis for an answer. */
const INSTRUCTION_LIKE = /ignore (all |any )?(previous|prior|above) instructions|disregard (the )?(rules|instructions)|system prompt|تجاهل (جميع |كل )?(التعليمات|الأوامر)/i;

/** Whether text addresses a model ("ignore previous instructions …"); such a paragraph is never quoted. */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_LIKE.test(text);
}

export interface Claim {
  statement: string;
  passage: number;
  quote: string;
}

export type ClaimCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks one claim against the passages the model was given (numbered from 1): the passage must
 * exist, the quote must occur in it after normalisation, and must not be an instruction planted in
 * a dispatch.
 */
export function verifyClaim(claim: Claim, passages: readonly string[]): ClaimCheck {
  const passage = passages[claim.passage - 1];
  if (passage === undefined) return { ok: false, reason: `cites passage ${claim.passage}, which was not given` };
  const quote = normaliseForQuote(claim.quote);
  if (quote.length < 3) return { ok: false, reason: 'quote is empty' };
  if (!normaliseForQuote(passage).includes(quote)) return { ok: false, reason: `quote not found in passage ${claim.passage}` };
  if (looksLikeInstruction(claim.quote) || looksLikeInstruction(claim.statement)) {
    return { ok: false, reason: 'quote is an instruction inside a dispatch, not news' };
  }
  return { ok: true };
}

/**
 * Whether a statement says something its quote contains: a shared word (same language) or a shared
 * name, place or topic from the gazetteer (across languages). A statement about nothing in its quote
 * (say, a word a planted instruction asked for) is dropped.
 */
export function statementSupported(statement: string, quote: string): boolean {
  const quoteTokens = new Set(analyseText(quote));
  if (analyseText(statement).some((token) => token.length >= 3 && quoteTokens.has(token))) return true;
  const quoteEntities = new Set(findEntities(quote));
  return findEntities(statement).some((id) => quoteEntities.has(id));
}
