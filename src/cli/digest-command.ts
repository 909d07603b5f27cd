import { composeDigest, DEFAULT_DIGEST_WINDOW_MS } from '../digest/compose-digest.js';
import { InputError } from '../errors.js';
import { createLogger } from '../logger.js';
import { openStoreAt } from '../store/open-store-at.js';
import { llmFromConfig } from './ask-command.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';
import { parseLang, parseLimit } from './parse-cli-numbers.js';
import { renderDigest } from '../telegram/render-digest.js';
import { htmlToPlain } from '../telegram/terminal-api.js';

/** `wirebrief digest [--since ISO] [--lang ar|en] [--topics a,b] [--limit n]`: stories since a time, ranked. */
export async function digestCommand(ctx: CommandContext): Promise<number> {
  const now = ctx.io.now();
  const sinceText = ctx.options.since === undefined ? undefined : String(ctx.options.since);
  const since = sinceText === undefined ? new Date(now.getTime() - DEFAULT_DIGEST_WINDOW_MS) : new Date(sinceText);
  if (Number.isNaN(since.getTime())) throw new InputError(`--since must be an ISO date or time (2026-02-04 or 2026-02-04T06:00:00Z), got ${sinceText}`);
  const lang = parseLang(ctx.options.lang) ?? 'en';
  const topics = ctx.options.topics === undefined ? [] : String(ctx.options.topics).split(',').map((t) => t.trim()).filter(Boolean);
  const limit = ctx.options.limit === undefined ? undefined : parseLimit(ctx.options.limit, 1);
  const logger = createLogger(ctx.config.LOG_LEVEL);
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  try {
    const digest = await composeDigest(
      { store: stores.dispatches, llm: llmFromConfig(ctx.config, logger), logger, summaries: stores.summaries },
      { since, lang, topics, ...(limit === undefined ? {} : { limit }), now },
    );
    // the human text is the digest as a subscriber would read it, through the bot's own rendering
    output(ctx, digest, () => htmlToPlain(renderDigest(digest, { lang, timeZone: ctx.config.WIREBRIEF_TZ })));
    return 0;
  } finally {
    await stores.close();
  }
}
