import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import { enqueueBroadcast } from '../../delivery/enqueue-broadcast.js';
import type { IngestReport } from '../../ingest/ingest-report.js';
import { ingestWireBytes, MAX_SOURCE_BYTES } from '../../ingest/ingest-wire-bytes.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { sourceCommand } from '../format-answer.js';
import { escapeHtml } from '../format-html.js';
import { replyHtml } from '../reply-html.js';

/** Added dispatches listed by their /source link, at most this many. */
const LIST_ADDED = 10;

type Wire = { bytes: Uint8Array } | { problem: 'ingest-how' | 'ingest-not-text' | 'ingest-too-large' };

/** Admin commands: /ingest (reply to wire text or a .txt document), forwarded posts ingested, /stats. Others are refused. */
export function adminFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admins = new Set(deps.config.WIREBRIEF_ADMINS);
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && admins.has(ctx.from.id);

  const report = async (ctx: BotContext, result: IngestReport) => {
    const lines = [ctx.t('ingest-done', { added: result.added, duplicates: result.duplicates, rejected: result.rejected.length })];
    const added = result.dispatches.filter((d) => !d.duplicate);
    lines.push(...added.slice(0, LIST_ADDED).map((d) => `+ ${sourceCommand(d.id)}`));
    if (added.length > LIST_ADDED) lines.push('…');
    lines.push(...result.rejected.map((r) => `✗ ${escapeHtml(r.reason)}`));
    await replyHtml(ctx, lines.join('\n'));
    if (result.added > 0) await deps.onIngested?.(result);
  };

  /** The wire text of the replied-to message: its text or caption, or its .txt document fetched from the Bot API. */
  const wireOf = async (ctx: BotContext, message: Message): Promise<Wire> => {
    const text = message.text ?? (message.document ? undefined : message.caption);
    if (text) return { bytes: Buffer.from(text) };
    const doc = message.document;
    if (!doc) return { problem: 'ingest-how' };
    const isText = doc.mime_type === 'text/plain' || /\.txt$/i.test(doc.file_name ?? '');
    if (!isText) return { problem: 'ingest-not-text' };
    if ((doc.file_size ?? 0) > MAX_SOURCE_BYTES) return { problem: 'ingest-too-large' };
    const file = await ctx.api.getFile(doc.file_id);
    if (!file.file_path) return { problem: 'ingest-too-large' };
    const response = await fetch(`${deps.config.TELEGRAM_API_ROOT}/file/bot${ctx.api.token}/${file.file_path}`);
    // The URL holds the token: the error names the file, never the URL.
    if (!response.ok) throw new Error(`downloading document ${doc.file_name ?? doc.file_id} failed: HTTP ${response.status}`);
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  composer.command('ingest', async (ctx) => {
    if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('admins-only'));
    const target = ctx.message?.reply_to_message;
    const wire = target ? await wireOf(ctx, target) : ({ problem: 'ingest-how' } as const);
    if ('problem' in wire) return replyHtml(ctx, ctx.t(wire.problem, { limit: Math.round(MAX_SOURCE_BYTES / 1024 / 1024) }));
    const source = `telegram:${ctx.chat.id}/${target?.message_id ?? 0}`;
    await report(ctx, await ingestWireBytes(deps.stores.dispatches, { source, bytes: wire.bytes }, deps.clock.now()));
  });
  composer.command('broadcast', async (ctx) => {
    if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('admins-only'));
    const text = ctx.match.trim();
    if (!text) return replyHtml(ctx, ctx.t('broadcast-how'));
    const { queued } = await enqueueBroadcast(deps, escapeHtml(text), deps.clock.now(), `${ctx.chat.id}:${ctx.msg.message_id}`);
    await replyHtml(ctx, ctx.t('broadcast-queued', { count: queued }));
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
    if (!ctx.message.forward_origin) return next();
    if (!isAdmin(ctx)) return ctx.chat.type === 'private' ? replyHtml(ctx, ctx.t('forward-admins-only')) : next();
    const text = ctx.message.text ?? ctx.message.caption;
    if (!text) return next();
    const source = `telegram:forward/${ctx.chat.id}/${ctx.message.message_id}`;
    await report(ctx, await ingestWireBytes(deps.stores.dispatches, { source, bytes: Buffer.from(text) }, deps.clock.now()));
  });
  return composer;
}
