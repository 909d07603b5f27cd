import type { Llm } from './answer/llm.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { SendBudget } from './delivery/create-send-budget.js';
import type { Presenter } from './digest/presenter.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/create-metrics.js';
import type { Stores } from './store/open-stores.js';
import type { BilingualDictionary } from './text/bilingual-dictionary.js';

/** Everything with a side effect, built once in main.ts and passed down. */
export interface Deps {
  config: Config;
  stores: Stores;
  /** null when no OPENAI_API_KEY is set: the extractive path answers */
  llm: Llm | null;
  logger: Logger;
  clock: Clock;
  /** how digests and alerts become the text an outbox row holds (telegram/'s renderers, injected so the core returns data) */
  presenter: Presenter;
  /** the process's Prometheus counters; absent in one-shot CLI commands and most tests */
  metrics?: Metrics;
  /** the general English-Arabic dictionary (see loadBilingualDictionary); null or absent when not installed */
  dictionary?: BilingualDictionary | null;
  /** the one rate budget of the bot token: the outbox sender and the bot's replies draw on it (absent: no throttle on replies) */
  sendBudget?: SendBudget;
}
