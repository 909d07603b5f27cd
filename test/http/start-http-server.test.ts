import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/http/start-http-server.js';

describe('startHttpServer', () => {
  it('routes by exact path then method, names the routes on 404, answers 500 when a handler throws', async () => {
    const server = await startHttpServer({ port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), name: 'test' });
    server.route('GET', '/ok', (_req, res) => void res.end('fine'));
    server.route('POST', '/boom', async () => {
      throw new Error('handler broke');
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(await (await fetch(`${base}/ok?x=1`)).text()).toBe('fine');
      const missing = await fetch(`${base}/ok/more`);
      expect([missing.status, (await missing.json()) as unknown]).toEqual([404, { error: 'not found: use GET /ok, POST /boom' }]);
      const boom = await fetch(`${base}/boom`, { method: 'POST' });
      expect([boom.status, (await boom.json()) as unknown]).toEqual([500, { error: 'internal error' }]);
      expect((await fetch(`${base}/ok`)).status).toBe(200); // still serving
    } finally {
      await server.close();
    }
  });
});
