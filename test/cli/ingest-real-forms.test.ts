import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { openStores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const form = (name: string) => join(fixturesDir, 'wire', 'real-forms', name);
/** Wednesday 4 November 2026, 09:00 UTC. */
const now = new Date('2026-11-04T09:00:00Z');

/** A copy of a fixture in the temp dir with its mtime set (the file's time dates copy without a date). */
function placed(name: string, mtime = now): string {
  const path = join(tempDir(), name);
  copyFileSync(form(name), path);
  utimesSync(path, mtime, mtime);
  return path;
}

async function ingest(paths: string[], db: string, extra: string[] = []) {
  const run = await runCliCaptured(['ingest', ...paths, '--db', db, '--json', ...extra], { now });
  return { code: run.code, report: run.json<IngestReport>() };
}

async function show(id: string, db: string): Promise<Dispatch> {
  return (await runCliCaptured(['show', id, '--db', db, '--json'], { now })).json<Dispatch>();
}

describe('wirebrief ingest: real wire forms', () => {
  it('--agency KUNA makes a flash without a marker KUNA, and the dispatch says so; without it the flash is kept as UNKNOWN', async () => {
    const db = join(tempDir(), 'store.db');
    const flash = placed('flash-en-no-marker.txt', new Date('2026-11-04T08:55:00Z'));
    const unknown = await ingest([flash], join(tempDir(), 'other.db'));
    expect(unknown.code).toBe(0);
    expect(unknown.report.rejected).toEqual([]);
    expect(unknown.report.dispatches[0]?.warnings).toContain('agency unknown: the flash names none and its source gives none (ingest --agency NAME sets it)');

    const taken = await ingest([flash], db, ['--agency', 'kuna']);
    expect(taken.code).toBe(0);
    expect(taken.report.added).toBe(1);
    const [entry] = taken.report.dispatches;
    expect(entry?.warnings).toEqual(['agency KUNA from the source: the flash names none', "no date in the copy; used the source's time (2026-11-04)"]);
    const dispatch = await show(entry!.id, db);
    expect(dispatch).toMatchObject({ agency: 'KUNA', lang: 'en', urgent: true, date: '2026-11-04', dateline: null });

    const bad = await runCliCaptured(['ingest', flash, '--db', db, '--agency', 'two words'], { now });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--agency takes one short word/);
  });

  it("dates copy without a year by the file's time: the latest such date not after it", async () => {
    const db = join(tempDir(), 'store.db');
    const page = placed('kuna-en-article-page.txt', new Date('2026-03-05T10:00:00Z'));
    const { code, report } = await ingest([page], db);
    expect(code).toBe(0);
    expect(report.dispatches[0]?.warnings).toContain("year 2025 guessed from the source's time (2026-03-05): the dateline has no year");
    expect(report.warnings).toContainEqual({ source: page, message: 'dispatch 1: photo caption dropped: "Workers at the new grain terminal in Shuwaikh Port"' });
    const dispatch = await show(report.dispatches[0]!.id, db);
    expect(dispatch).toMatchObject({ date: '2025-10-29', headline: 'Kuwait port authority opens second grain terminal', editors: 'km.mt', endMarker: true });
  });

  it('stores a briefing as one dispatch per item, each its own city, and a question about one item finds that item', async () => {
    const db = join(tempDir(), 'store.db');
    const { code, report } = await ingest([placed('kuna-en-briefing.txt')], db);
    expect(code).toBe(0);
    expect(report.added).toBe(4);
    expect(report.dispatches.map((d) => d.sourceIndex)).toEqual([0, 1, 2, 3]);
    const cities = await Promise.all(report.dispatches.map(async (d) => (await show(d.id, db)).dateline?.city));
    expect(cities).toEqual(['KUWAIT', 'KUWAIT', 'KUALA LUMPUR', 'GENEVA']);
    const search = await runCliCaptured(['search', 'measles vaccination', '--db', db, '--json'], { now });
    const hits = search.json<Array<{ id: string }>>();
    expect(hits[0]?.id).toBe(report.dispatches[3]?.id);
  });

  it('stores history items in their own years, and neither alerts nor digests them', async () => {
    const db = join(tempDir(), 'store.db');
    const stores = openStores(db);
    await stores.subscribers.ensure({ chatId: 5, chatType: 'private', lang: 'en', timeZone: 'UTC', digestTime: '07:00' }, now);
    await stores.subscribers.follow(5, 'handball', now);
    stores.close();

    const history = placed('kuna-en-history.txt');
    const flash = placed('flash-en-no-marker.txt');
    writeFileSync(flash, 'URGENT -- Kuwait handball team reaches the Asian final (KUNA)\n');
    utimesSync(flash, now, now);
    const { code, report } = await ingest([history, flash], db);
    expect(code).toBe(0);
    expect(report.added).toBe(6);
    const dates = await Promise.all(report.dispatches.map(async (d) => (await show(d.id, db)).date));
    expect(dates).toEqual(['1962-10-29', '1990-10-29', '2004-10-29', '2011-10-29', '2019-10-29', '2026-11-04']);

    const after = openStores(db);
    const alerts = await after.outbox.list({ chatId: 5 });
    after.close();
    // One alert, on today's flash; none on the 2011 handball item.
    expect(alerts.map((a) => a.text)).toEqual([expect.stringContaining('Asian final')]);

    const digest = await runCliCaptured(['digest', '--since', '2026-11-03T00:00:00Z', '--db', db, '--json'], { now });
    const stories = digest.json<{ stories: Array<{ dispatchIds: string[] }> }>().stories;
    expect(stories.flatMap((s) => s.dispatchIds)).toEqual([report.dispatches[5]?.id]);
    // Even a digest reaching back before them leaves the history items out.
    const wide = await runCliCaptured(['digest', '--since', '1960-01-01T00:00:00Z', '--db', db, '--json'], { now });
    expect(wide.json<{ stories: Array<{ dispatchIds: string[] }> }>().stories.flatMap((s) => s.dispatchIds)).toEqual([report.dispatches[5]?.id]);
  });

  it('reduces a saved article page (HTML) to its article: headline, dateline paragraph, end marker and initials', async () => {
    const db = join(tempDir(), 'store.db');
    const page = placed('kuna-en-article.html');
    const { code, report } = await ingest([page], db);
    expect(code).toBe(0);
    expect(report.warnings[0]).toEqual({ source: page, message: 'HTML page reduced to its article text' });
    const dispatch = await show(report.dispatches[0]!.id, db);
    expect(dispatch).toMatchObject({
      agency: 'KUNA',
      date: '2026-10-29',
      dateline: { city: 'KUWAIT', day: 29, month: 10 },
      headline: 'Kuwait port authority opens second grain terminal',
      endMarker: true,
      editors: 'km.mt',
    });
    expect(dispatch.paragraphs).toHaveLength(3);
    expect(dispatch.paragraphs.join(' ')).not.toMatch(/Most read|Back to top|Home|Workers at the new grain terminal/);
  });

  it('reads Windows-1256 Arabic, UTF-16 without a byte order mark, and repairs mis-decoded Arabic', async () => {
    const db = join(tempDir(), 'store.db');
    const text = readFileSync(form('kuna-ar-dash-forms.txt'), 'utf8').split('\n\n')[1] as string;
    const cp1256 = join(tempDir(), 'cp1256.txt');
    const bytes = [...text].map((char) => {
      if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0);
      for (let b = 0x80; b <= 0xff; b += 1) if (new TextDecoder('windows-1256').decode(Uint8Array.of(b)) === char) return b;
      throw new Error(`no Windows-1256 byte for ${char}`);
    });
    writeFileSync(cp1256, Uint8Array.from(bytes));
    const utf16 = join(tempDir(), 'utf16.txt');
    writeFileSync(utf16, Buffer.from(text.replace('29 - 10', '28 - 10'), 'utf16le'));
    const garbled = join(tempDir(), 'garbled.txt');
    writeFileSync(garbled, new TextDecoder('windows-1252').decode(Buffer.from(text.replace('29 - 10', '27 - 10'), 'utf8')));

    const { code, report } = await ingest([cp1256, utf16, garbled], db);
    expect(code).toBe(0);
    expect(report.added).toBe(3);
    expect(report.dispatches.map((d) => d.warnings[0])).toEqual([
      'decoded as Windows-1256 Arabic (not UTF-8)',
      'decoded as UTF-16LE (no byte order mark)',
      'repaired 2 mis-decoded line(s) (UTF-8 read as Windows-1252)',
    ]);
    for (const entry of report.dispatches) {
      const dispatch = await show(entry.id, db);
      expect(dispatch.paragraphs).toEqual(['ارتفع مؤشر بورصة الكويت العام بنسبة 6ر0 في المئة في ختام تعاملات اليوم.']);
      expect(dispatch.dateline?.city).toBe('الكويت');
    }
  });

  it('reduces an article page fetched by URL to its article, its year from the HTTP Last-Modified time', async () => {
    const db = join(tempDir(), 'store.db');
    const html = readFileSync(form('kuna-en-article.html'));
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'last-modified': 'Sat, 31 Oct 2026 10:00:00 GMT' });
      response.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ArticleDetails.aspx?id=1`;
      const { code, report } = await ingest([url], db);
      expect(code).toBe(0);
      expect(report.dispatches[0]?.warnings).toContain("year 2026 guessed from the source's time (2026-10-31): the dateline has no year");
      const dispatch = await show(report.dispatches[0]!.id, db);
      expect(dispatch).toMatchObject({ date: '2026-10-29', headline: 'Kuwait port authority opens second grain terminal', editors: 'km.mt' });
      expect(dispatch.paragraphs).toHaveLength(3);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
