import { readFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixturesDir } from '../helpers/seed-path.js';

/** A request the fake feed server saw. */
export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  url(path: string): string;
  requests: SeenRequest[];
  count(path: string): number;
  /** bytes written by /huge before the client hung up */
  hugeBytesSent(): number;
  /** resolves once /huge's response has ended (client gone or all sent) */
  hugeClosed: Promise<void>;
  close(): Promise<void>;
}

const fixture = (name: string) => readFileSync(`${fixturesDir}stories/${name}`, 'utf8');
export const arabicWire = fixture('kuna-ar-2026-02-05-kuwait-oil.txt');
export const englishWire = fixture('kuna-en-2026-02-04-beijing.txt');

const asHtml = (text: string) => text.trim().split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;')}</p>`).join('');

export const arabicRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>KUNA</title><link>https://www.kuna.net.kw/</link><description>كونا</description>
<item><title>ارتفاع سعر النفط الكويتي</title><link>https://www.kuna.net.kw/ArticleDetails.aspx?id=1</link>
<guid isPermaLink="false">kuna-ar-1</guid><pubDate>Thu, 05 Feb 2026 06:00:00 GMT</pubDate>
<description>ارتفع سعر برميل النفط الكويتي</description>
<content:encoded><![CDATA[${asHtml(arabicWire)}]]></content:encoded></item>
</channel></rss>`;

export const englishAtom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>KUNA</title><id>urn:kuna:en</id><updated>2026-02-04T10:00:00Z</updated>
<entry><title>Xi, Putin vow closer coordination</title><id>urn:kuna:en:1</id>
<link rel="alternate" href="https://www.kuna.net.kw/en/1"/><published>2026-02-04T10:00:00Z</published>
<content type="html">${asHtml(englishWire).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

export const genericRss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Gulf Daily Wire</title>
<item><title>Port of Shuwaikh reopens after maintenance</title><link>https://news.example/port</link><guid>port-1</guid>
<pubDate>Wed, 04 Feb 2026 09:30:00 GMT</pubDate>
<description><![CDATA[<p>The Port of Shuwaikh reopened on Wednesday.</p><p>Officials said <b>traffic</b> would resume fully by Friday.</p>]]></description></item>
</channel></rss>`;

const lastModified = 'Thu, 05 Feb 2026 06:00:00 GMT';
const huge = 50 * 1024 * 1024;

/** Serves the feeds the tests need on 127.0.0.1, on a free port, counting every request. */
export async function startFeedServer(): Promise<FeedServer> {
  const requests: SeenRequest[] = [];
  let hugeSent = 0;
  let hugeDone!: () => void;
  const hugeClosed = new Promise<void>((resolve) => (hugeDone = resolve));
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const xml = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
      res.end(body);
    };
    switch (path) {
      case '/ar.rss':
        if (req.headers['if-none-match'] === '"ar-v1"') return void res.writeHead(304).end();
        return xml(arabicRss, { etag: '"ar-v1"' });
      case '/en.atom':
        if (req.headers['if-modified-since'] === lastModified) return void res.writeHead(304).end();
        return xml(englishAtom, { 'last-modified': lastModified, 'content-type': 'application/atom+xml' });
      case '/generic.rss':
        return xml(genericRss);
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end('<!doctype html><html><head><title>Home</title></head><body><h1>Welcome</h1></body></html>');
      case '/slow':
        return; // never answers
      case '/broken':
        return void res.writeHead(500).end('oops');
      case '/huge':
        return streamHuge(res);
      default:
        res.writeHead(404).end();
    }
  });
  const streamHuge = (res: ServerResponse) => {
    hugeSent = 0;
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.on('close', () => hugeDone());
    const pump = () => {
      while (hugeSent < huge) {
        hugeSent += chunk.byteLength;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
    pump();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    hugeBytesSent: () => hugeSent,
    hugeClosed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
