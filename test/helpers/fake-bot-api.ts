import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { isMessageMethod } from './is-message-method.js';

export interface FakeBotApi {
  apiRoot: string;
  /** every method call after getUpdates, in order */
  calls: Array<{ method: string; payload: Record<string, unknown> }>;
  push(update: Omit<Update, 'update_id'>): void;
  /** resolves when a call matching `test` has been made */
  waitFor(test: (call: { method: string; payload: Record<string, unknown> }) => boolean, timeoutMs?: number): Promise<{ method: string; payload: Record<string, unknown> }>;
  /** message-sending calls answered 429 (over `perSecond`) */
  rateLimited(): number;
  /** message-sending calls that arrived and have no answer yet (held for the latency) */
  messagesInFlight(): number;
  close(): Promise<void>;
}

export interface FakeBotApiOptions {
  /** answers every call 401, as Telegram does for a revoked token */
  rejectToken?: boolean;
  /** every answer but getUpdates' leaves this long after the request arrived */
  latencyMs?: number;
  /** Telegram's overall limit on messages (send*, copy*, forward*), over a sliding second: past it, 429 with retry_after */
  perSecond?: number;
  retryAfterS?: number;
}

/**
 * A Bot API server on 127.0.0.1 with real getUpdates semantics: updates are confirmed by `offset`,
 * and a poll with nothing to return is held until an update arrives or its `timeout` runs out.
 * With `latencyMs` and `perSecond` it has Telegram's manners: a round trip, and a 429 for a message
 * past the overall limit (such a message is not delivered and not in `calls`).
 */
export async function startFakeBotApi(botInfo: Record<string, unknown>, options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const queue: Update[] = [];
  let nextUpdateId = 1;
  const calls: FakeBotApi['calls'] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  let messageId = 100;
  const recentMessages: number[] = [];
  let rateLimited = 0;
  let messagesInFlight = 0;

  const server: Server = createServer(async (req, res) => {
    // the request's arrival, as Telegram would stamp it: before this server reads the body
    const arrivedAt = Date.now();
    let body = '';
    for await (const chunk of req) body += chunk;
    const method = (req.url ?? '').split('/').pop() ?? '';
    const payload = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    const answer = (status: number, json: unknown) => {
      const counted = isMessageMethod(method);
      if (counted) messagesInFlight += 1;
      const write = () => {
        if (counted) messagesInFlight -= 1;
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (options.latencyMs && method !== 'getUpdates') setTimeout(write, options.latencyMs);
      else write();
    };
    const reply = (result: unknown) => answer(200, { ok: true, result });
    if (options.rejectToken) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
    }
    if (method === 'getMe') return reply(botInfo);
    if (method === 'getUpdates') {
      const offset = Number(payload.offset ?? 0);
      while (queue.length > 0 && (queue[0] as Update).update_id < offset) queue.shift();
      if (queue.length > 0) return reply([...queue]);
      const timeoutMs = Number(payload.timeout ?? 0) * 1000;
      await new Promise<void>((resolve) => {
        const done = () => {
          waiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
        req.on('close', done);
      });
      if (res.destroyed) return;
      return reply(queue.filter((u) => u.update_id >= offset));
    }
    if (options.perSecond !== undefined && isMessageMethod(method)) {
      const now = arrivedAt;
      while (recentMessages.length > 0 && now - (recentMessages[0] as number) >= 1000) recentMessages.shift();
      if (recentMessages.length >= options.perSecond) {
        rateLimited += 1;
        const retryAfter = options.retryAfterS ?? 1;
        return answer(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
      }
      recentMessages.push(now);
    }
    calls.push({ method, payload });
    wake();
    if (method === 'sendMessage') {
      messageId += 1;
      return reply({ message_id: messageId, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text });
    }
    return reply(true);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    push(update) {
      queue.push({ ...update, update_id: nextUpdateId++ } as Update);
      wake();
    },
    waitFor(test, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching Bot API call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        const check = () => {
          const found = calls.find(test);
          if (found) {
            waiters.delete(check);
            clearTimeout(deadline);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      });
    },
    rateLimited: () => rateLimited,
    messagesInFlight: () => messagesInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
