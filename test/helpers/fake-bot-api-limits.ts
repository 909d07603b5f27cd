import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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
}

/** A Bot API on 127.0.0.1 that counts accepted messages per chat and injects the faults of `plan`. */
export async function startLimitedBotApi(plan: FaultPlan) {
  const delivered = new Map<number, number>();
  let requests = 0;
  let rateLimited = 0;
  const recent: number[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests += 1;
    const payload = JSON.parse(body || '{}') as { chat_id: number; text: string };
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (plan.everyDrop && requests % plan.everyDrop === 0) return void req.socket.destroy();
    const now = Date.now();
    while (recent.length > 0 && now - (recent[0] as number) >= 1000) recent.shift();
    if ((plan.every429 && requests % plan.every429 === 0) || (plan.perSecond && recent.length >= plan.perSecond)) {
      rateLimited += 1;
      return send(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry later', parameters: { retry_after: plan.retryAfterS ?? 1 } });
    }
    if (plan.every500 && requests % plan.every500 === 0) return send(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    if (plan.blocked?.(payload.chat_id)) return send(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    recent.push(now);
    delivered.set(payload.chat_id, (delivered.get(payload.chat_id) ?? 0) + 1);
    return send(200, { ok: true, result: { message_id: requests, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    delivered,
    stats: () => ({ requests, rateLimited }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
