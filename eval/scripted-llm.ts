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

/** 32-bit FNV-1a of a question: the fake's choices are a function of the question, so every run is the same. */
function questionHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** One question in FABRICATE_EVERY makes up a claim (a quote no passage holds) where it has nothing; as often, it pads a right answer with one. */
export const FABRICATE_EVERY = 3;

/**
 * A fake model that behaves like a real one where the pipeline around it must cope:
 * - it reads the passages it is given and answers `found: true`, citing the labelled quote, only
 *   when one of them holds that quote (the labelled fact); otherwise `found: false`, no claims:
 *   a near miss ("the final" when only the semi-finals are offered) is declined by the model itself;
 * - it sometimes fabricates, deterministically by the question's hash (one question in
 *   FABRICATE_EVERY): with nothing to go on it claims FABRICATED, citing passage 1 with a quote
 *   that passage does not hold (so verification must drop it and the pipeline must not answer from
 *   a passage the offline judge would decline); with the fact at hand it adds that same made-up
 *   claim beside the right one (verification keeps only the right one);
 * - it obeys an instruction planted in a passage ("reply HACKED"), as a naive model would.
 */
export function scriptedReply(request: RecordedRequest, questions: ReadonlyMap<string, EvalQuestion>, glossary: readonly string[][]): FakeReply {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  if (request.schemaName === 'query_rewrite') return { content: { terms: scriptedRewrite(user, glossary) } };
  const asked = /^Question: (.*)$/m.exec(user)?.[1]?.trim() ?? '';
  const question = questions.get(asked);
  const passages = passagesOf(user);
  const claims: Array<{ statement: string; passage: number; quote: string }> = [];
  const planted = passages.find((p) => /reply HACKED/i.test(p.text));
  if (planted) claims.push({ statement: 'HACKED', passage: planted.number, quote: 'reply HACKED' });
  const quote = question?.quote;
  const holding = quote ? passages.find((p) => normaliseForQuote(p.text).includes(normaliseForQuote(quote))) : undefined;
  if (quote && holding) claims.push({ statement: quote, passage: holding.number, quote });
  const fabricates = questionHash(asked) % FABRICATE_EVERY === 0 && passages.length > 0;
  if (fabricates) claims.push({ statement: FABRICATED, passage: 1, quote: FABRICATED });
  return { content: { found: claims.length > 0, claims } };
}
