import { Composer } from 'grammy';
import type { BotContext, BotDeps } from '../bot-context.js';

/**
 * Keeps the subscriber record in step with Telegram: a user who blocks the bot (or a group that
 * removes it) is marked blocked so the sender stops; one who comes back, or simply writes again,
 * is unblocked; a group that became a supergroup keeps its settings under the new chat id.
 */
export function membershipFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const setBlocked = async (ctx: BotContext, blocked: boolean) => {
    if (!ctx.chat || ctx.subscriber?.blocked === blocked) return;
    ctx.subscriber = (await deps.stores.subscribers.update(ctx.chat.id, { blocked }, deps.clock.now())) ?? undefined;
    deps.logger.info({ chatId: ctx.chat.id, blocked }, 'chat membership changed');
  };

  composer.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    await setBlocked(ctx, status === 'kicked' || status === 'left');
  });
  composer.on('message:migrate_to_chat_id', async (ctx) => {
    await deps.stores.subscribers.migrateChat(ctx.chat.id, ctx.message.migrate_to_chat_id, deps.clock.now());
    deps.logger.info({ from: ctx.chat.id, to: ctx.message.migrate_to_chat_id }, 'group became a supergroup');
  });
  composer.on('message', async (ctx, next) => {
    if (ctx.subscriber?.blocked) await setBlocked(ctx, false);
    await next();
  });
  return composer;
}
