import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMessageMethod } from './is-message-method.js';

export interface FaultPlan {
  /** every n-th sendMessage answers 429 with retry_after */
  every429?: number;
  retryAfterS?: number;
  /** every n-th answers 500 */
  every500?: number;
  /** every n-th drops the connection */
  everyDrop?: number;
  /** chats that blocked the bot: always 403 */
  blocked?: (chatId: number) => boolean;
  /** a global limit (messages per second, over a sliding second): past it, 429 */
  perSecond?: number;
  /** Telegram's per-chat limit: a second message to a chat within this many ms gets 429 */
  perChatMs?: number;
  /** a group that became a supergroup: its old id answers 400 with migrate_to_chat_id */
  migrated?: (chatId: number) => number | undefined;
  /** answers 500 to the first request whose text contains this */
  fail500Once?: string;
  /**
   * The n-th request gets no answer: the test kills the sender meanwhile. 'accepted' counts the
   * message first (Telegram took it, the sender never heard back), 'unseen' does not.
   */
  hold?: { at: number; as: 'accepted' | 'unseen'; then: () => void };
  /** the round trip: every answer leaves this long after the request arrived (counted on arrival, as Telegram does) */
  latencyMs?: number;
  /** getMe's answer; every call that sends no message (getMe, setWebhook, setMyCommands …) is answered ok, uncounted */
  botInfo?: Record<string, unknown>;
}

/** A Bot API on 127.0.0.1 that counts accepted messages per chat and injects the faults of `plan`. */
export async function startLimitedBotApi(plan: FaultPlan) {
  const delivered = new Map<number, number>();
  const messages: Array<{ chatId: number; text: string }> = [];
  /** every accepted message with its arrival time (ms), for assertions on gaps */
  const accepted: Array<{ chatId: number; text: string; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failedOnce = false;
  const lastAccepted = new Map<number, number>();
  let requests = 0;
  let rateLimited = 0;
  let perChatLimited = 0;
  const recent: number[] = [];
  const server: Server = createServer(async (req, res) => {
    // the request's arrival, as Telegram would stamp it: before this server reads the body
    const now = Date.now();
    let body = '';
    for await (const chunk of req) body += chunk;
    const method = (req.url ?? '').split('/').pop() ?? '';
    if (!isMessageMethod(method)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ ok: true, result: method === 'getMe' ? (plan.botInfo ?? true) : true }));
    }
    requests += 1;
    const payload = JSON.parse(body || '{}') as { chat_id: number; text: string };
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    const send = (status: number, json: unknown) => {
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (plan.latencyMs) setTimeout(answer, plan.latencyMs);
      else answer();
    };
    if (plan.everyDrop && requests % plan.everyDrop === 0) return void req.socket.destroy();
    while (recent.length > 0 && now - (recent[0] as number) >= 1000) recent.shift();
    const chatTooSoon = plan.perChatMs !== undefined && now - (lastAccepted.get(payload.chat_id) ?? -Infinity) < plan.perChatMs;
    if (chatTooSoon) perChatLimited += 1;
    if ((plan.every429 && requests % plan.every429 === 0) || (plan.perSecond && recent.length >= plan.perSecond) || chatTooSoon) {
      rateLimited += 1;
      return send(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry later', parameters: { retry_after: plan.retryAfterS ?? 1 } });
    }
    if (plan.every500 && requests % plan.every500 === 0) return send(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    if (plan.blocked?.(payload.chat_id)) return send(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const movedTo = plan.migrated?.(payload.chat_id);
    if (movedTo !== undefined) {
      return send(400, { ok: false, error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: movedTo } });
    }
    if (plan.fail500Once && !failedOnce && payload.text.includes(plan.fail500Once)) {
      failedOnce = true;
      return send(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    }
    const accept = () => {
      recent.push(now);
      lastAccepted.set(payload.chat_id, now);
      delivered.set(payload.chat_id, (delivered.get(payload.chat_id) ?? 0) + 1);
      messages.push({ chatId: payload.chat_id, text: payload.text });
      accepted.push({ chatId: payload.chat_id, text: payload.text, at: now });
    };
    if (plan.hold && requests === plan.hold.at) {
      if (plan.hold.as === 'accepted') accept();
      return plan.hold.then();
    }
    accept();
    return send(200, { ok: true, result: { message_id: requests, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    delivered,
    messages,
    accepted,
    /** requests that arrived and have no answer yet (held, or waiting out the latency), and the most at once */
    inFlight: () => inFlight,
    stats: () => ({ requests, rateLimited, perChatLimited, maxInFlight }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
