import type { Transformer } from 'grammy';
import type { Metrics } from './create-metrics.js';

/**
 * An API transformer counting what Telegram accepted (each send* call that came back ok) and its
 * 429s, for every client it is installed on: the bot's replies and the outbox sender alike.
 */
export function countTelegramCalls(metrics: Pick<Metrics, 'messagesSent' | 'telegram429'>): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (result.ok && method.startsWith('send')) metrics.messagesSent.inc({ method });
    if (!result.ok && result.error_code === 429) metrics.telegram429.inc();
    return result;
  };
}
