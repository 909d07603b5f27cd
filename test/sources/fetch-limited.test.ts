import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLimited } from '../../src/sources/fetch-limited.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const limits = { timeoutMs: 2_000, maxBytes: 1024 * 1024 };

describe('fetchLimited', () => {
  it('returns the body with its validators, and 304 when they still hold', async () => {
    const first = await fetchLimited(server.url('/ar.rss'), {}, limits);
    expect(first).toMatchObject({ status: 'ok', etag: '"ar-v1"' });
    const again = await fetchLimited(server.url('/ar.rss'), { etag: '"ar-v1"' }, limits);
    expect(again).toEqual({ status: 'not-modified' });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"ar-v1"');
  });

  it('refuses a 50 MB body at the cap without reading it all', async () => {
    const result = await fetchLimited(server.url('/huge'), {}, limits);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toMatch(/over the 1,048,576-byte limit; stopped reading/);
    await server.hugeClosed;
    // the server stopped when we hung up: far less than 50 MB left it (socket buffers aside)
    expect(server.hugeBytesSent()).toBeLessThan(20 * 1024 * 1024);
  });

  it('gives up on a server that does not answer, saying so', async () => {
    const result = await fetchLimited(server.url('/slow'), {}, { ...limits, timeoutMs: 200 });
    expect(result).toEqual({ status: 'failed', reason: 'no complete answer within 200 ms (timed out)' });
  });

  it('reports an HTTP error status and an unreachable host', async () => {
    expect(await fetchLimited(server.url('/broken'), {}, limits)).toEqual({ status: 'failed', reason: 'HTTP 500 Internal Server Error' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetchLimited(`http://127.0.0.1:${port}/feed`, {}, limits);
    expect(refused).toEqual({ status: 'failed', reason: 'cannot fetch: ECONNREFUSED' });
  });
});
