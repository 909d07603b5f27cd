import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { IngestReport } from '../../ingest/ingest-report.js';
import { ingestWireBytes, MAX_SOURCE_BYTES } from '../../ingest/ingest-wire-bytes.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

/** Admin commands: /ingest (reply to wire text or a .txt document), forwarded posts ingested, /stats. Others are refused. */
export function adminFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admins = new Set(deps.config.WIREBRIEF_ADMINS);
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && admins.has(ctx.from.id);

  const report = async (ctx: BotContext, result: IngestReport) => {
    const lines = [ctx.t('ingest-done', { added: result.added, duplicates: result.duplicates, rejected: result.rejected.length })];
    for (const r of result.rejected) lines.push(`• ${escapeHtml(r.reason)}`);
    await replyHtml(ctx, lines.join('\n'));
    if (result.added > 0) await deps.onIngested?.(result);
  };

  const bytesOf = async (ctx: BotContext, message: Message): Promise<Uint8Array | null> => {
    if (message.text) return Buffer.from(message.text);
    const doc = message.document;
    if (!doc || (doc.file_size ?? 0) > MAX_SOURCE_BYTES) return null;
    const file = await ctx.api.getFile(doc.file_id);
    if (!file.file_path) return null;
    const response = await fetch(`${deps.config.TELEGRAM_API_ROOT}/file/bot${ctx.api.token}/${file.file_path}`);
    return new Uint8Array(await response.arrayBuffer());
  };

  composer.command('ingest', async (ctx) => {
    if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('admins-only'));
    const target = ctx.message?.reply_to_message;
    const bytes = target ? await bytesOf(ctx, target) : null;
    if (!target || !bytes) return replyHtml(ctx, ctx.t('ingest-how'));
    const source = `telegram:${ctx.chat.id}/${target.message_id}`;
    await report(ctx, await ingestWireBytes(deps.stores.dispatches, { source, bytes }, deps.clock.now()));
  });
  composer.command('stats', async (ctx) => {
    if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('admins-only'));
    const subscribers = await deps.stores.subscribers.count();
    const quarantine = (await deps.stores.dispatches.listQuarantine(1_000_000)).length;
    await replyHtml(
      ctx,
      ctx.t('stats', { dispatches: await deps.stores.dispatches.countDispatches(), subscribers: subscribers.total, digest: subscribers.digest, blocked: subscribers.blocked, quarantine }),
    );
  });
  composer.on('message', async (ctx, next) => {
    if (!ctx.message.forward_origin || !isAdmin(ctx)) return next();
    const text = ctx.message.text ?? ctx.message.caption;
    if (!text) return next();
    const source = `telegram:forward/${ctx.chat.id}/${ctx.message.message_id}`;
    await report(ctx, await ingestWireBytes(deps.stores.dispatches, { source, bytes: Buffer.from(text) }, deps.clock.now()));
  });
  return composer;
}
