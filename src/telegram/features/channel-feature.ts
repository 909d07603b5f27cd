import { Composer, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { Deps } from '../../deps.js';
import type { IngestReport } from '../../ingest/ingest-report.js';
import { agencyFor } from '../../sources/build-generic-dispatch.js';
import { ingestTextItem } from '../../sources/ingest-text-item.js';
import { linkVersions } from '../../sources/link-versions.js';

export interface ChannelFeatureDeps extends Pick<Deps, 'config' | 'stores' | 'clock' | 'logger'> {
  /** called when a post added dispatches: the alerts hook */
  onIngested?: (report: IngestReport) => unknown;
}

/**
 * Ingests posts of the channels in WIREBRIEF_CHANNELS (the bot must be a member of them).
 * Source `telegram:<chatId>/<messageId>`; an edited post becomes a new version of its
 * dispatch, same story, the old text kept in the history. Nothing is ever posted back.
 */
export function channelFeature<C extends Context>(deps: ChannelFeatureDeps): Composer<C> {
  const composer = new Composer<C>();
  const allowed = new Set(deps.config.WIREBRIEF_CHANNELS);

  const ingestPost = async (post: Message, edited: boolean) => {
    if (!allowed.has(post.chat.id)) return;
    const text = post.text ?? post.caption;
    if (!text?.trim()) return;
    const now = deps.clock.now();
    const chat = post.chat;
    const username = 'username' in chat ? chat.username : undefined;
    const title = 'title' in chat ? chat.title : undefined;
    const source = `telegram:${chat.id}/${post.message_id}`;
    const postedAt = new Date((edited ? (post.edit_date ?? post.date) : post.date) * 1000).toISOString();
    const report = await ingestTextItem(
      deps.stores.dispatches,
      {
        source,
        title: null,
        text,
        isoDate: postedAt,
        agency: agencyFor(title, null, username ?? 'telegram'),
        ...(deps.config.WIREBRIEF_CHANNEL_AGENCY ? { defaultAgency: deps.config.WIREBRIEF_CHANNEL_AGENCY } : {}),
      },
      now,
    );
    await linkVersions(deps.stores.dispatches, report, { edited }, now);
    deps.logger.info({ source, edited, added: report.added, rejected: report.rejected.length }, 'channel post ingested');
    if (report.added > 0) await deps.onIngested?.(report);
  };

  composer.on('channel_post', (ctx) => ingestPost(ctx.channelPost, false));
  composer.on('edited_channel_post', (ctx) => ingestPost(ctx.editedChannelPost, true));
  return composer;
}
