import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { type HttpInbox, inboxItemScope, startHttpInbox } from '../../src/sources/start-http-inbox.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { arabicWire, englishWire } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
const token = 'inbox-secret-token-123';
let running: Array<{ deps: Deps; inbox: HttpInbox }> = [];
afterEach(async () => {
  for (const { deps, inbox } of running.splice(0)) {
    await inbox.close();
    deps.stores.close();
  }
});

async function start(onIngested?: (report: IngestReport) => void) {
  const { deps } = makeDeps(tempDir());
  const inbox = await startHttpInbox(deps, { port: 0, host: '127.0.0.1', token, maxBytes: 64 * 1024, onIngested });
  running.push({ deps, inbox });
  const post = (body: string | Uint8Array, type = 'text/plain; charset=utf-8', auth = `Bearer ${token}`) =>
    fetch(`http://127.0.0.1:${inbox.port}/ingest`, { method: 'POST', body, headers: { 'content-type': type, authorization: auth } });
  return { deps, inbox, post };
}

describe('HTTP inbox', () => {
  it('answers /healthz', async () => {
    const { inbox } = await start();
    const res = await fetch(`http://127.0.0.1:${inbox.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('stores posted wire text once, however often it is posted, and hands new dispatches to onIngested', async () => {
    const seen: IngestReport[] = [];
    const { deps, post } = await start((report) => seen.push(report));
    const first = await post(arabicWire);
    expect(first.status).toBe(200);
    const report = (await first.json()) as IngestReport;
    expect(report).toMatchObject({ added: 1, duplicates: 0, rejected: [], warnings: [] });
    expect(report.dispatches[0]).toMatchObject({ source: 'http-inbox', sourceIndex: 0, duplicate: false });

    const second = (await (await post(arabicWire)).json()) as IngestReport;
    expect(second).toMatchObject({ added: 0, duplicates: 1 });
    expect(second.dispatches[0]!.id).toBe(report.dispatches[0]!.id);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
    expect(seen.map((r) => r.added)).toEqual([1]);
    const stored = await deps.stores.dispatches.getDispatch(report.dispatches[0]!.id);
    expect(stored).toMatchObject({ agency: 'KUNA', lang: 'ar', date: '2026-02-05' });
  });

  it('refuses a missing or wrong token with 401 and stores nothing', async () => {
    const { deps, post } = await start();
    expect((await post(englishWire, 'text/plain', 'Bearer wrong')).status).toBe(401);
    expect((await post(englishWire, 'text/plain', '')).status).toBe(401);
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('refuses a body over the cap with 413', async () => {
    const { deps, post } = await start();
    const res = await post('x'.repeat(65 * 1024));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'the body is over the 65,536-byte limit' });
    expect(await deps.stores.dispatches.countDispatches()).toBe(0);
  });

  it('refuses binary, invalid UTF-8 and bad JSON with 400 and the reason', async () => {
    const { post } = await start();
    const binary = await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(binary.status).toBe(400);
    expect(await binary.json()).toEqual({ error: 'the body is binary (it holds NUL bytes), not text' });
    const latin1 = await post(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(await latin1.json()).toEqual({ error: 'the body is not valid UTF-8' });
    const badJson = await post('{"headline": ', 'application/json');
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: string }).error).toMatch(/^the body is not valid JSON/);
    const badItem = await post(JSON.stringify({ language: 'fr' }), 'application/json');
    expect(((await badItem.json()) as { error: string }).error).toMatch(/language must be ar or en.*needs a headline/);
  });

  it('stores a ninjs-like JSON item as a dispatch with its own language, date and place', async () => {
    const { deps, post } = await start();
    const res = await post(
      JSON.stringify({
        uri: 'urn:inbox:1',
        headline: 'Kuwait Airways adds Beijing flights',
        paragraphs: ['Kuwait Airways will fly to Beijing three times a week.', 'The first flight leaves in March.'],
        language: 'en-GB',
        versioncreated: '2026-02-04T12:00:00+03:00',
        located: 'KUWAIT',
        agency: 'KUNA',
      }),
      'application/json',
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as IngestReport;
    const dispatch = await deps.stores.dispatches.getDispatch(report.dispatches[0]!.id);
    expect(dispatch).toMatchObject({
      agency: 'KUNA',
      lang: 'en',
      date: '2026-02-04',
      dateline: { city: 'KUWAIT', day: 4, month: 2 },
      headline: 'Kuwait Airways adds Beijing flights',
      paragraphs: ['Kuwait Airways will fly to Beijing three times a week.', 'The first flight leaves in March.'],
      source: `${inboxItemScope(token)}:urn:inbox:1`,
    });
  });
});
