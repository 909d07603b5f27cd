import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';
import { startTerminalDelivery } from '../../src/telegram/start-terminal-delivery.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
let stores: Stores;

beforeEach(async () => {
  stores = openStores(join(tempDir(), 'store.db'));
  const at = new Date('2026-02-04T10:00:00Z');
  await ingestWireBytes(stores.dispatches, { source: 'seed', bytes: readFileSync(seedPath) }, at);
  for (const chatId of [1001, 77]) {
    await stores.subscribers.ensure({ chatId, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00' }, at);
    await stores.subscribers.update(chatId, { digestEnabled: true }, at);
  }
});
afterEach(() => stores.close());

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('terminal delivery', () => {
  it('prints the terminal chat’s digest as sent, with its header, and leaves other chats’ rows for Telegram', async () => {
    const printed: string[] = [];
    const clock = fixedClock('2026-02-05T04:05:00Z'); // 07:05 in Kuwait
    const deps = { stores, llm: null, logger: pino({ level: 'silent' }), clock, config: loadConfig({}), presenter: telegramPresenter };
    const delivery = await startTerminalDelivery(deps, 1001, (text) => printed.push(text));
    try {
      await until(() => printed.length > 0);
    } finally {
      await delivery.stop();
    }
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^Your briefing · Thursday, 5 February 2026\nDispatches from 4 Feb, 07:05 to 5 Feb, 07:05\n\n1\. أكد الرئيس الصيني/);
    expect(printed[0]).not.toMatch(/<b>|\u2068/);
    const rows = await stores.outbox.list({ kind: 'digest' });
    expect(rows.map((r) => [r.chatId, r.status])).toEqual([
      [77, 'pending'],
      [1001, 'sent'],
    ]);
  });
});
