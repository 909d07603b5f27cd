import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { messageUpdate } from '../helpers/make-update.js';
import { createRecordingBot } from '../helpers/recording-bot.js';
import { useSeededStores } from './seeded-stores.js';

const stores = useSeededStores();

/** A pino logger writing JSON lines into an array. */
function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

describe('one child logger per update', () => {
  it('logs each update once when handled, with its update id, chat and duration', async () => {
    const { logger, lines } = memoryLogger();
    const { bot } = createRecordingBot(stores(), {}, { logger });
    const update = messageUpdate('/help', { chatId: 777 });
    await bot.handleUpdate(update);
    await new Promise((resolve) => setImmediate(resolve));
    const handled = lines.filter((line) => line.msg === 'update handled');
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ update: update.update_id, chat: 777, type: 'message', failed: false, durationMs: expect.any(Number) });
  });

  it('a handler failure is logged on the update\'s logger, so it names the update and chat', async () => {
    const { logger, lines } = memoryLogger();
    const recording = createRecordingBot(stores(), {}, { logger });
    recording.fail('sendMessage', 400, 'Bad Request: something broke');
    const update = messageUpdate('/help', { chatId: 778 });
    await recording.bot.handleUpdate(update).catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    const failed = lines.find((line) => line.msg === 'handler failed');
    expect(failed).toMatchObject({ update: update.update_id, chat: 778 });
  });
});
