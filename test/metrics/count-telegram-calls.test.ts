import { describe, expect, it } from 'vitest';
import { countTelegramCalls } from '../../src/metrics/count-telegram-calls.js';
import { createMetrics } from '../../src/metrics/create-metrics.js';

describe('countTelegramCalls', () => {
  it('counts what Telegram accepted by method and every 429, and nothing else', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const transformer = countTelegramCalls(metrics);
    const answers = [
      { ok: true, result: {} },
      { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } },
      { ok: true, result: {} },
      { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      { ok: true, result: true },
    ];
    const methods = ['sendMessage', 'sendMessage', 'sendDocument', 'sendMessage', 'getMe'];
    for (const [index, method] of methods.entries()) {
      await transformer(async () => answers[index] as never, method as 'getMe', {} as never);
    }
    const sent = Object.fromEntries((await metrics.messagesSent.get()).values.map((v) => [v.labels.method, v.value]));
    expect(sent).toEqual({ sendMessage: 1, sendDocument: 1 });
    expect((await metrics.telegram429.get()).values[0]?.value).toBe(1);
  });
});
