import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiLlm } from '../../src/answer/create-openai-llm.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-20T08:00:00Z');
// Our own sentences: fourteen daily reports of one story, each a paragraph on the asked topic.
const WIRE = Array.from({ length: 14 }, (_, i) => {
  const day = i + 3;
  return `Date : ${String(day).padStart(2, '0')}/03/2026
KUWAIT, March ${day} (KUNA) -- The desalination plant at Doha West produced ${100 + i} million gallons of water on day ${i + 1} of the summer trial, the Ministry of Electricity and Water said.
Engineers at the desalination plant checked ${20 + i} pumps during the trial's day ${i + 1}. (end)
ab.cd
`;
}).join('\n');

let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the passages a model is offered', () => {
  it('are more than the eight it used to see, and at most twelve, when the store holds many on the question', async () => {
    server = await startFakeOpenAiServer((request) => (request.schemaName === 'query_rewrite' ? { content: { terms: [] } } : { content: { found: false, claims: [] } }));
    const llm = createOpenAiLlm({ apiKey: 'sk-test', baseURL: server.baseURL, model: 'fake', timeoutMs: 5000, maxRetries: 0, logger: pino({ level: 'silent' }) });
    await askOnWire(tempDir(), WIRE, 'how much water did the Doha West desalination plant produce during the summer trial?', now, llm);
    const answer = server.requests.find((r) => r.schemaName !== 'query_rewrite');
    const prompt = (answer?.body.messages ?? []).map((m) => m.content).join('\n');
    const offered = prompt.match(/^\[\d+\] \(/gm) ?? [];
    expect(offered.length).toBeGreaterThan(8);
    expect(offered.length).toBeLessThanOrEqual(12);
  });
});
