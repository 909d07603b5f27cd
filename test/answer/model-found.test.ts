import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiLlm } from '../../src/answer/create-openai-llm.js';
import { FABRICATED, scriptedReply } from '../../eval/scripted-llm.js';
import type { EvalQuestion } from '../../eval/load-eval-set.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { type FakeOpenAiServer, type FakeReply, type RecordedRequest, startFakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');
// Our own sentences: a semi-final is reported, the final is only announced.
const WIRE = `Date : 10/03/2026
KUWAIT, March 10 (KUNA) -- Kuwait SC beat Al-Arabi 2-1 on Tuesday in the semi-final of the Emir Cup, with both goals scored by Yousef Nasser.
The Emir Cup final will be played at Jaber Al-Ahmad International Stadium on March 20. (end)
ab.cd
`;
let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function askWithModel(question: string, answer: (request: RecordedRequest) => FakeReply) {
  server = await startFakeOpenAiServer((request) => (request.schemaName === 'query_rewrite' ? { content: { terms: [] } } : answer(request)));
  const llm = createOpenAiLlm({ apiKey: 'sk-test', baseURL: server.baseURL, model: 'fake', timeoutMs: 5000, maxRetries: 0, logger: pino({ level: 'silent' }) });
  return askOnWire(tempDir(), WIRE, question, now, llm);
}

const madeUp = { content: { found: true, claims: [{ statement: FABRICATED, passage: 1, quote: FABRICATED }] } };

describe("the model's found decides", () => {
  it('declines when the model says the passages do not hold the fact, though offline would quote one', async () => {
    const offline = await askOnWire(tempDir(), WIRE, 'who scored for Kuwait SC in the Emir Cup semi-final?', now);
    expect(offline.found).toBe(true);
    const result = await askWithModel('who scored for Kuwait SC in the Emir Cup semi-final?', () => ({ content: { found: false, claims: [] } }));
    expect(result).toMatchObject({ found: false, citations: [] });
  });

  it('drops a fabricated claim and does not turn a near miss into a quoted answer', async () => {
    const result = await askWithModel('who won the Emir Cup final?', () => madeUp);
    expect(result.found).toBe(false);
    expect(result.answer).not.toContain(FABRICATED);
    expect(result.citations.every((c) => c.quote !== FABRICATED)).toBe(true);
  });

  it('with every claim dropped, still quotes a passage the offline judge accepts', async () => {
    const result = await askWithModel('when will the Emir Cup final be played?', () => madeUp);
    expect(result).toMatchObject({ found: true, mode: 'extractive' });
    expect(result.citations[0]?.quote).toMatch(/March 20/);
  });
});

describe('the scripted fake model', () => {
  const question = (text: string, quote?: string): EvalQuestion => ({ id: text, lang: 'en', question: text, kinds: ['topic'], expected: quote ? ['w#0'] : [], split: 'dev', ...(quote ? { quote } : {}) });
  const request = (text: string, passages: string[]): RecordedRequest => ({
    schemaName: 'grounded_answer',
    body: { messages: [{ role: 'user', content: `${passages.map((p, i) => `[${i + 1}] (KUNA, 2026-03-10, en) ${p}`).join('\n')}\n\nQuestion: ${text}` }] },
  });
  const reply = (q: EvalQuestion, passages: string[]) => (scriptedReply(request(q.question, passages), new Map([[q.question, q]]), []) as { content: { found: boolean; claims: Array<{ quote: string }> } }).content;

  it('says found only when a passage it is given holds the labelled fact, and sometimes makes a claim up', () => {
    const questions = Array.from({ length: 30 }, (_, i) => question(`question number ${i} about the final`, 'on March 20'));
    const held = questions.map((q) => reply(q, ['The final will be played on March 20.']));
    expect(held.every((r) => r.found && r.claims.some((c) => c.quote === 'on March 20'))).toBe(true);
    const missing = questions.map((q) => reply(q, ['Kuwait SC beat Al-Arabi 2-1 in the semi-final.']));
    const fabricated = missing.filter((r) => r.found);
    expect(fabricated.length).toBeGreaterThan(0);
    expect(fabricated.length).toBeLessThan(missing.length);
    expect(fabricated.every((r) => r.claims.every((c) => c.quote === FABRICATED))).toBe(true);
    expect(missing.filter((r) => !r.found).every((r) => r.claims.length === 0)).toBe(true);
  });
});
