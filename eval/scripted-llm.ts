import { normaliseForQuote } from '../src/answer/verify-citations.js';
import type { FakeReply, RecordedRequest } from '../test/helpers/fake-openai-server.js';
import type { EvalQuestion } from './load-eval-set.js';

/** What the scripted model makes up when it has nothing: must never reach a user. */
export const FABRICATED = 'Officials confirmed the figure had doubled';

/**
 * The scripted query rewrite: every glossary entry with a form in the question contributes all its
 * forms, as a model translating the question's key words would. Pure.
 */
export function scriptedRewrite(question: string, glossary: readonly string[][]): string[] {
  const folded = ` ${normaliseForQuote(question)} `;
  return glossary.filter((forms) => forms.some((form) => folded.includes(` ${normaliseForQuote(form)}`))).flat();
}

function passagesOf(user: string): Array<{ number: number; text: string }> {
  return [...user.matchAll(/^\[(\d+)\] \([^)]*\) (.*)$/gm)].map((m) => ({ number: Number(m[1]), text: m[2] as string }));
}

/**
 * A fake model that answers the way the eval needs to probe the pipeline around it: it cites the
 * labelled quote when one of its passages holds it (else says not found), fabricates a claim for
 * a question no dispatch answers, and obeys any instruction planted in a passage.
 */
export function scriptedReply(request: RecordedRequest, questions: ReadonlyMap<string, EvalQuestion>, glossary: readonly string[][]): FakeReply {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  if (request.schemaName === 'query_rewrite') return { content: { terms: scriptedRewrite(user, glossary) } };
  const question = questions.get(/^Question: (.*)$/m.exec(user)?.[1]?.trim() ?? '');
  const passages = passagesOf(user);
  const claims: Array<{ statement: string; passage: number; quote: string }> = [];
  const planted = passages.find((p) => /reply HACKED/i.test(p.text));
  if (planted) claims.push({ statement: 'HACKED', passage: planted.number, quote: 'reply HACKED' });
  const quote = question?.quote;
  const holding = quote ? passages.find((p) => normaliseForQuote(p.text).includes(normaliseForQuote(quote))) : undefined;
  if (quote && holding) claims.push({ statement: quote, passage: holding.number, quote });
  else if (question && question.expected.length === 0 && passages.length > 0) {
    claims.push({ statement: FABRICATED, passage: 1, quote: FABRICATED });
  }
  return { content: { found: claims.length > 0, claims } };
}
