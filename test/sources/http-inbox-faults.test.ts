import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { type HttpInbox, type HttpInboxOptions, startHttpInbox } from '../../src/sources/start-http-inbox.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { englishWire } from './feed-server.js';
import { makeDeps } from './make-deps.js';

const tempDir = useTempDir();
const root = fileURLToPath(new URL('../..', import.meta.url));
let running: Array<{ deps: Deps; inbox: HttpInbox }> = [];
afterEach(async () => {
  for (const { deps, inbox } of running.splice(0)) {
    await inbox.close();
    deps.stores.close();
  }
});

async function start(dir: string, token: string, options: Partial<HttpInboxOptions> = {}) {
  const { deps } = makeDeps(dir);
  const inbox = await startHttpInbox(deps, { port: 0, host: '127.0.0.1', token, ...options });
  running.push({ deps, inbox });
  const post = (body: string, type = 'application/json') =>
    fetch(`http://127.0.0.1:${inbox.port}/ingest`, { method: 'POST', body, headers: { 'content-type': type, authorization: `Bearer ${token}` } });
  return { deps, inbox, post };
}

const item = (uri: string, text: string) => JSON.stringify({ uri, headline: 'Kuwait Airways adds Beijing flights', paragraphs: [text], language: 'en' });

describe('HTTP inbox, faults', () => {
  it('a post’s uri is scoped to the inbox and its token: it cannot turn a file’s dispatch into an edit', async () => {
    const dir = tempDir();
    const { deps, post } = await start(dir, 'first-token-abcdef');
    const file = join(dir, 'a.txt');
    const fromFile = await ingestWireBytes(deps.stores.dispatches, { source: file, bytes: Buffer.from(englishWire) }, deps.clock.now());
    const fileId = fromFile.dispatches[0]!.id;

    const res = await post(item(file, 'Kuwait Airways will fly to Beijing three times a week.'));
    expect(res.status).toBe(200);
    const first = (await res.json()) as IngestReport;
    expect(first.dispatches[0]!.source).not.toBe(file);
    expect(await deps.stores.dispatches.listVersions(fileId)).toEqual([fileId]);
    expect((await deps.stores.dispatches.searchPassages({ groups: [[['xi']]] }, { limit: 5 })).map((hit) => hit.dispatchId)).toContain(fileId);

    // The same uri posted again with the same token is an edit of the inbox's own item…
    const edited = (await (await post(item(file, 'Kuwait Airways will fly to Beijing four times a week.'))).json()) as IngestReport;
    expect(await deps.stores.dispatches.listVersions(edited.dispatches[0]!.id)).toEqual([first.dispatches[0]!.id, edited.dispatches[0]!.id]);
    // …but not through another inbox token on the same store.
    const other = await start(dir, 'second-token-uvwxyz');
    const foreign = (await (await other.post(item(file, 'Kuwait Airways will fly to Beijing daily.'))).json()) as IngestReport;
    expect(await deps.stores.dispatches.listVersions(foreign.dispatches[0]!.id)).toEqual([foreign.dispatches[0]!.id]);
    expect(await deps.stores.dispatches.listVersions(fileId)).toEqual([fileId]);
  });

  it('a post the store cannot take yet (another process holds the write lock past the busy timeout) is retried and stored, not answered 500', async () => {
    const dir = tempDir();
    const { deps, post } = await start(dir, 'first-token-abcdef', { busyRetry: { attempts: 4, delayMs: 300 } });
    const holder = spawn(
      process.execPath,
      ['-e', `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 6500);`, join(dir, 'store.db')],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const res = await post(englishWire, 'text/plain');
    await exited;
    expect(res.status).toBe(200);
    expect(((await res.json()) as IngestReport).added).toBe(1);
    expect(await deps.stores.dispatches.countDispatches()).toBe(1);
  }, 30_000);

  it('drops slow clients: headers, body and idle connections each within their timeout', async () => {
    const { inbox } = await start(tempDir(), 'first-token-abcdef', { timeouts: { headersMs: 300, requestMs: 600, idleMs: 600 } });
    const closedWithin = (socket: Socket, ms: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        // Dropped: the server ends its side (after a 408) or closes the connection.
        const dropped = () => {
          clearTimeout(timer);
          resolve(true);
        };
        socket.on('end', dropped);
        socket.on('close', dropped);
        socket.resume();
        socket.on('error', () => {});
      });
    const open = () => connect(inbox.port, '127.0.0.1');
    const trickle = (socket: Socket, text: string) => {
      let i = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || i >= text.length) return clearInterval(timer);
        socket.write(text[i++]!);
      }, 100);
    };
    const slowHeaders = open();
    trickle(slowHeaders, 'POST /ingest HTTP/1.1\r\nHost: inbox\r\nAuthorization: Bearer first-token-abcdef\r\nX-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n');
    const slowBody = open();
    slowBody.write('POST /ingest HTTP/1.1\r\nHost: inbox\r\nContent-Type: text/plain\r\nContent-Length: 500\r\nAuthorization: Bearer first-token-abcdef\r\n\r\n');
    trickle(slowBody, 'x'.repeat(500));
    const idle = open();
    const results = await Promise.all([closedWithin(slowHeaders, 8000), closedWithin(slowBody, 8000), closedWithin(idle, 8000)]);
    expect(results).toEqual([true, true, true]);
  }, 20_000);
});
