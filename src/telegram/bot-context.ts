import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Deps } from '../deps.js';
import type { Logger } from '../logger.js';
import type { IngestReport } from '../ingest/ingest-report.js';
import type { Subscriber } from '../store/subscriber-store.js';

/** What the bot's handlers may touch. */
export interface BotDeps extends Pick<Deps, 'config' | 'stores' | 'llm' | 'logger' | 'clock' | 'metrics' | 'sendBudget' | 'dictionary'> {
  /** called after dispatches were added through the bot (admin ingest, channel posts): the alerts hook */
  onIngested?: (report: IngestReport) => unknown;
}

export type BotContext = Context &
  I18nFlavor & {
    /** the chat's subscriber record (private chats and groups); absent for channel posts */
    subscriber?: Subscriber;
    /** this update's logger (update id, chat), set by observeUpdates */
    log: Logger;
  };
