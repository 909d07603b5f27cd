import type { Deps } from '../deps.js';
import type { SenderDeps } from '../delivery/create-sender.js';
import { startSender } from '../delivery/start-sender.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { startScheduler } from '../scheduler/start-scheduler.js';
import { htmlToPlain } from './terminal-api.js';

/** How often the terminal looks for due messages. */
const IDLE_MS = 300;

/**
 * The outbox as the terminal's sender sees it: only the terminal chat's due rows, so a chat session
 * never "sends" (and marks sent) what belongs to a real Telegram chat sharing the store.
 */
function terminalOutbox(outbox: OutboxStore, chatId: number): OutboxStore {
  return Object.assign(Object.create(outbox) as OutboxStore, {
    async claimDue(now: Date, limit: number) {
      const at = now.toISOString();
      return (await outbox.list({ chatId })).filter((row) => row.status === 'pending' && row.notBefore <= at).slice(0, limit);
    },
    async requeueInFlight() {
      return 0;
    },
  });
}

/**
 * What Telegram would show, in the terminal: the scheduler (digests at their time, held alert
 * updates) and the real sender, whose Bot API prints each message as the chat would see it.
 * So `/follow`, then an `ingest` from another shell, prints the alert here.
 */
export async function startTerminalDelivery(
  deps: Pick<Deps, 'stores' | 'llm' | 'logger' | 'clock' | 'config' | 'presenter'>,
  chatId: number,
  print: (text: string) => void,
): Promise<{ stop(): Promise<void> }> {
  let messageId = 0;
  const api = {
    async sendMessage(chat: number, text: string) {
      print(htmlToPlain(text));
      messageId += 1;
      return { message_id: messageId, date: Math.floor(deps.clock.now().getTime() / 1000), chat: { id: chat, type: 'private' as const, first_name: 'you' }, text };
    },
  };
  const scheduler = await startScheduler(deps);
  const sender = await startSender(
    {
      // the one method the sender calls, answering as the Bot API would
      api: api as unknown as SenderDeps['api'],
      outbox: terminalOutbox(deps.stores.outbox, chatId),
      subscribers: deps.stores.subscribers,
      clock: deps.clock,
      logger: deps.logger,
      limits: { perSecond: 1000, privateGapMs: 0, groupGapMs: 0 },
    },
    IDLE_MS,
  );
  return {
    async stop() {
      scheduler.stop();
      await sender.stop();
    },
  };
}
