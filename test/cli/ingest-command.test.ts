import { readFileSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { openStores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('wirebrief ingest / show', () => {
  it('stores the seed with every field, raw byte-identical', async () => {
    const db = join(tempDir(), 'store.db');
    const ingest = await runCliCaptured(['ingest', seedPath, '--db', db, '--json']);
    expect(ingest.code).toBe(0);
    const report = ingest.json<IngestReport>();
    expect(report).toMatchObject({ added: 1, duplicates: 0, rejected: [], warnings: [] });
    expect(report.dispatches).toHaveLength(1);
    const [entry] = report.dispatches;
    expect(entry).toMatchObject({ source: seedPath, sourceIndex: 0, duplicate: false });

    const show = await runCliCaptured(['show', entry!.id, '--db', db, '--json']);
    expect(show.code).toBe(0);
    const dispatch = show.json<Dispatch>();
    expect(dispatch.agency).toBe('KUNA');
    expect(dispatch.lang).toBe('ar');
    expect(dispatch.date).toBe('2026-02-04');
    expect(dispatch.dateline).toEqual({ city: 'بكين', day: 4, month: 2 });
    expect(dispatch.paragraphs).toHaveLength(9);
    expect(dispatch.paragraphs[0]).toMatch(/^أكد الرئيس الصيني شي جين بينغ/);
    expect(dispatch.paragraphs[8]).not.toContain('(النهاية)');
    expect(dispatch.endMarker).toBe(true);
    expect(dispatch.editors).toBe('س ل ق / ن ع ع');
    expect(dispatch.urgent).toBe(false);
    expect(dispatch.storyId).toBeTruthy();
    expect(Buffer.from(dispatch.raw, 'utf8').equals(readFileSync(seedPath))).toBe(true);
    expect(dispatch.repeats).toEqual([{ paragraph: 8, of: 6 }]);
  });

  it('gives the same id to the same text and counts it as a duplicate', async () => {
    const db = join(tempDir(), 'store.db');
    const first = (await runCliCaptured(['ingest', seedPath, '--db', db, '--json'])).json<IngestReport>();
    const copy = join(tempDir(), 'copy.txt');
    writeFileSync(copy, readFileSync(seedPath, 'utf8').replace(/\n/g, '\r\n'));
    const second = await runCliCaptured(['ingest', seedPath, copy, '--db', db, '--json']);
    expect(second.code).toBe(0);
    const report = second.json<IngestReport>();
    expect(report.added).toBe(0);
    expect(report.duplicates).toBe(2);
    expect(report.dispatches.map((d) => d.id)).toEqual([first.dispatches[0]!.id, first.dispatches[0]!.id]);
    const stores = openStores(db);
    expect(await stores.dispatches.countDispatches()).toBe(1);
    stores.close();
  });

  it('reads folders recursively and stdin', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'nested', 'deeper'), { recursive: true });
    copyFileSync(seedPath, join(root, 'seed.txt'));
    copyFileSync(join(fixturesDir, 'stories', 'kuna-en-2026-02-04-kuwait-flu.txt'), join(root, 'nested', 'deeper', 'flu.txt'));
    const db = join(tempDir(), 'store.db');
    const folder = (await runCliCaptured(['ingest', root, '--db', db, '--json'])).json<IngestReport>();
    expect(folder.added).toBe(2);
    expect(folder.dispatches.map((d) => d.source)).toEqual([join(root, 'nested', 'deeper', 'flu.txt'), join(root, 'seed.txt')]);

    const oil = readFileSync(join(fixturesDir, 'stories', 'kuna-ar-2026-02-05-kuwait-oil.txt'));
    const stdin = await runCliCaptured(['ingest', '-', '--db', db, '--json'], { stdin: oil });
    expect(stdin.json<IngestReport>()).toMatchObject({ added: 1, dispatches: [{ source: 'stdin', sourceIndex: 0 }] });
  });

  it('rejects bad input with a reason naming the source, keeps it in quarantine and exits 2', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0xfe, 0x00]));
    const html = join(dir, 'page.html');
    writeFileSync(html, '<!DOCTYPE html><html><body>KUNA</body></html>');
    const badDate = join(dir, 'bad-date.txt');
    writeFileSync(badDate, 'التاريخ : 31/02/2026\nالكويت - 31 - 2 (كونا) -- خبر.(النهاية)\nم ع\n');
    const db = join(tempDir(), 'store.db');
    const run = await runCliCaptured(['ingest', empty, binary, html, badDate, join(dir, 'missing.txt'), seedPath, '--db', db, '--json']);
    expect(run.code).toBe(2);
    const report = run.json<IngestReport>();
    expect(report.added).toBe(1);
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.source, r.reason]));
    expect(reasons[empty]).toMatch(/empty/i);
    expect(reasons[binary]).toMatch(/binary|utf-8/i);
    expect(reasons[html]).toMatch(/html/i);
    expect(reasons[badDate]).toMatch(/31\/02\/2026/);
    expect(reasons[join(dir, 'missing.txt')]).toMatch(/no such file/);
    const stores = openStores(db);
    const quarantined = await stores.dispatches.listQuarantine(10);
    expect(quarantined.map((q) => q.source).sort()).toEqual([badDate, binary, empty, html].sort());
    stores.close();
    expect(run.stderr).toBe('');
  });

  it('keeps a valid dispatch followed by garbage and rejects the garbage', async () => {
    const file = join(tempDir(), 'mixed.txt');
    writeFileSync(file, `${readFileSync(seedPath, 'utf8')}\n\nxx!! lorem ### garbage line without any dateline\n`);
    const run = await runCliCaptured(['ingest', file, '--db', join(tempDir(), 's.db'), '--json']);
    expect(run.code).toBe(2);
    const report = run.json<IngestReport>();
    expect(report.added).toBe(1);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.reason).toMatch(/dateline/);
  });

  it('fails with one line and exit 1 on an unusable store or bad option', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-db'), 'this is not sqlite');
    const run = await runCliCaptured(['list', '--db', join(dir, 'not-a-db')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot open the store|cannot migrate the store/);
    const badLimit = await runCliCaptured(['list', '--limit', 'many', '--db', join(dir, 'x.db')]);
    expect(badLimit.code).toBe(1);
    expect(badLimit.stderr).toMatch(/--limit must be a positive whole number/);
  });
});
