import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  schemaName: string;
  body: { messages: Array<{ role: string; content: string }>; response_format?: { json_schema?: { name?: string } } };
}

/** What the fake answers to one request: JSON content, a raw body, an HTTP status, or silence for `hangMs`. */
export type FakeReply =
  | { content: unknown }
  | { rawContent: string }
  | { status: number; headers?: Record<string, string> }
  | { hangMs: number };

export interface FakeOpenAiServer {
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1 that records every request and
 * answers from a script, by the structured-output schema's name (`grounded_answer`, `query_rewrite`, …).
 */
export async function startFakeOpenAiServer(script: (request: RecordedRequest) => FakeReply): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as RecordedRequest['body'];
    const recorded = { schemaName: body.response_format?.json_schema?.name ?? '', body };
    requests.push(recorded);
    const reply = script(recorded);
    if ('hangMs' in reply) {
      setTimeout(() => res.destroy(), reply.hangMs);
      return;
    }
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    const content = 'rawContent' in reply ? reply.rawContent : JSON.stringify(reply.content);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: 1_770_000_000,
        model: 'fake-model',
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
