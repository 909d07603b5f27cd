import type { Transformer } from 'grammy';
import type { Logger } from '../logger.js';
import type { SendBudget } from './create-send-budget.js';

/** Bot API methods that put a message in a chat: these count against the bot's overall limit. */
const MESSAGE_METHODS = new Set([
  'sendMessage', 'sendPhoto', 'sendDocument', 'sendAudio', 'sendVideo', 'sendAnimation', 'sendVoice', 'sendVideoNote', 'sendMediaGroup',
  'sendLocation', 'sendVenue', 'sendContact', 'sendPoll', 'sendDice', 'sendSticker', 'copyMessage', 'copyMessages', 'forwardMessage', 'forwardMessages',
  'editMessageText', 'editMessageCaption', 'editMessageMedia',
]);

/** How many 429s one reply waits out before its error reaches the handler. */
const MAX_RATE_LIMITED = 5;

/**
 * A grammY API transformer that puts the bot's own messages on the shared send budget, before the
 * outbox (a reply waits a little rather than fails). A 429 pauses the whole budget for its
 * retry_after and the reply is sent again after it, so no apology is sent into the same 429.
 */
export function throttleReplies(budget: SendBudget, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    if (!MESSAGE_METHODS.has(method)) return prev(method, payload, signal);
    for (let limited = 0; ; limited += 1) {
      // grammY types the signal with its abort-controller shim; on Node it is the global AbortSignal
      const ticket = await budget.acquire('reply', signal as AbortSignal | undefined);
      const result = await prev(method, payload, signal);
      budget.answered(ticket);
      const retryAfter = result.ok ? undefined : result.parameters?.retry_after;
      if (result.ok || result.error_code !== 429 || retryAfter === undefined || limited >= MAX_RATE_LIMITED) return result;
      budget.pause(retryAfter);
      logger.warn({ method, retryAfter }, 'reply rate-limited; sent again after retry_after');
    }
  };
}
