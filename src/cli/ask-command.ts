import { loadBilingualDictionary } from '../search/load-bilingual-dictionary.js';
import { createOpenAiLlm } from '../answer/create-openai-llm.js';
import { answerQuestion } from '../answer/answer-question.js';
import type { Llm } from '../answer/llm.js';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { openStoreAt } from '../store/open-store-at.js';
import { answerText } from '../telegram/answer-text.js';
import { htmlToPlain, stripIsolates } from '../telegram/terminal-api.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';
import { parseLang } from './parse-cli-numbers.js';

/** The LLM the config asks for, or null (extractive mode) when no key is set. */
export function llmFromConfig(config: Config, logger: Logger): Llm | null {
  if (!config.OPENAI_API_KEY) return null;
  return createOpenAiLlm({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    logger,
  });
}

/** `wirebrief ask "<question>" [--lang ar|en]`: a grounded answer; exit 0 even when the LLM fails. */
export async function askCommand(ctx: CommandContext): Promise<number> {
  const question = ctx.args.join(' ').trim();
  if (!question) throw new InputError('ask needs a question, e.g. wirebrief ask "what did Putin say about BRICS"');
  const lang = parseLang(ctx.options.lang);
  const logger = createLogger(ctx.config.LOG_LEVEL, { write: (line: string) => ctx.io.stderr(line) });
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const result = await answerQuestion({ store: stores.dispatches, llm: llmFromConfig(ctx.config, logger), logger, dictionary: loadBilingualDictionary(logger) }, question, {
      ...(lang ? { lang } : {}),
      now: ctx.io.now(),
      timeZone: ctx.config.WIREBRIEF_TZ,
    });
    // the answer as a reader reads it: its frame worded from the bot's Fluent files
    const text = answerText(result);
    const answer = result.frame?.kind === 'small-talk' ? htmlToPlain(text) : stripIsolates(text);
    // the contract's fields: the frame is worded into `answer`, not printed as data
    const { frame: _worded, ...fields } = result;
    const json = { ...fields, answer, citations: result.citations.map(({ id, quote }) => ({ id, quote })) };
    output(ctx, json, () =>
      [answer, ...result.citations.map((c, i) => `[${i + 1}] ${c.agency}, ${c.city ?? '-'}, ${c.date}: ${c.id}`)].join('\n'),
    );
    return 0;
  } finally {
    await stores.close();
  }
}
