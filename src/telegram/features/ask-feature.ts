import { Composer } from 'grammy';
import { answerQuestion } from '../../answer/answer-question.js';
import { detectQueryLanguage } from '../../text/detect-language.js';
import type { BotContext, BotDeps } from '../bot-context.js';
import { translator } from '../create-i18n.js';
import { answerText } from '../answer-text.js';
import { formatAnswer } from '../format-answer.js';
import { createQuestionLimiter } from '../question-limiter.js';
import { replyHtml } from '../reply-html.js';

/** Questions as plain text (in groups only when the bot is mentioned) or /ask, answered from the dispatches. */
export function askFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const limiter = createQuestionLimiter(deps.clock);

  const answer = async (ctx: BotContext, question: string) => {
    if (!question) return replyHtml(ctx, ctx.t('ask-empty'));
    // The reply comes in the question's language, notices included; the user's setting decides only for a mixed question.
    const asked = detectQueryLanguage(question);
    const mixed = asked === 'mixed';
    const wait = limiter.take(ctx.from?.id ?? 0);
    if (wait > 0) return replyHtml(ctx, translator(mixed ? (ctx.subscriber?.lang ?? 'en') : asked)('rate-limited', { seconds: wait }));
    await ctx.replyWithChatAction('typing').catch((error: unknown) => deps.logger.warn({ err: error }, 'sendChatAction failed'));
    const result = await answerQuestion({ store: deps.stores.dispatches, llm: deps.llm, logger: deps.logger, dictionary: deps.dictionary ?? null }, question, {
      ...(mixed && ctx.subscriber ? { lang: ctx.subscriber.lang } : {}),
      now: deps.clock.now(),
      timeZone: ctx.subscriber?.timeZone ?? deps.config.WIREBRIEF_TZ,
    });
    if (result.kind && result.kind !== 'answer') {
      // Small talk is answered in its own language, from the Fluent strings.
      return replyHtml(ctx, answerText(result));
    }
    deps.metrics?.answers.inc({ mode: result.mode, found: String(result.found) });
    await replyHtml(ctx, formatAnswer(result));
  };

  composer.command('ask', (ctx) => answer(ctx, ctx.match.trim()));
  composer.on('message:text', async (ctx, next) => {
    const text = ctx.message.text;
    if (text.startsWith('/')) return next();
    if (ctx.message.forward_origin) return next();
    if (ctx.chat.type === 'private') return answer(ctx, text.trim());
    // In a group, only what is addressed to the bot: a mention, or a reply to one of its messages.
    const mention = `@${ctx.me.username}`;
    if (text.includes(mention)) return answer(ctx, text.replaceAll(mention, '').trim());
    if (ctx.message.reply_to_message?.from?.id === ctx.me.id) return answer(ctx, text.trim());
    return next();
  });
  return composer;
}
