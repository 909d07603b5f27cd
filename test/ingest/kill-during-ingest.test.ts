import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseWireText } from '../../src/dispatch/parse-wire-text.js';
import { openStores } from '../../src/store/open-stores.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));
const FILES = 600;

function countStored(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM dispatches').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('a kill in the middle of an ingest', () => {
  it('leaves a store that opens and holds only whole dispatches; a rerun completes it', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const seed = readFileSync(seedPath, 'utf8');
    for (let i = 0; i < FILES; i += 1) {
      // Each file a distinct dispatch of three: the seed with a different figure in it, twice, plus a short one.
      const one = seed.replace('ال30', `ال${30 + i}`);
      const two = seed.replace("ال25", `ال${100000 + i}`);
      const three = `الكويت - 4 - 2 (كونا) -- خبر قصير رقم ${i} عن الطقس في البلاد.(النهاية)\nم ع\n`;
      writeFileSync(join(inbox, `f${String(i).padStart(5, '0')}.txt`), `${one}\n${two}\n${three}`);
    }
    const dbPath = join(dir, 'store.db');
    const child = spawn(process.execPath, [bin, 'ingest', inbox, '--db', dbPath, '--json'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let killedAt = 0;
    while (child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const stored = countStored(dbPath);
      if (stored >= 150) {
        child.kill('SIGKILL');
        killedAt = stored;
        break;
      }
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT seq, raw, paragraphs FROM dispatches').all() as Array<{ seq: number; raw: string; paragraphs: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(killedAt);
    expect(rows.length).toBeLessThan(FILES * 3);
    expect(rows.length % 3).toBe(0); // one transaction per source file: all three of a file or none
    const indexed = db.prepare('SELECT count(*) AS n FROM dispatch_terms WHERE rowid = ?');
    for (const row of rows) {
      const [parsed] = parseWireText(row.raw, { year: 2026 });
      expect(parsed?.result.ok).toBe(true);
      const expected = parsed?.result.ok ? parsed.result.dispatch.paragraphs.length : -1;
      expect((JSON.parse(row.paragraphs) as string[]).length).toBe(expected);
      expect((indexed.get(row.seq) as { n: number }).n).toBe(1);
    }
    db.close();

    const rerun = spawn(process.execPath, [bin, 'ingest', inbox, '--db', dbPath, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    rerun.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => rerun.on('exit', resolve));
    expect(code).toBe(0);
    const report = JSON.parse(out) as { added: number; duplicates: number };
    expect(report.added + report.duplicates).toBe(FILES * 3);
    expect(report.duplicates).toBe(rows.length);
    const stores = openStores(dbPath);
    expect(await stores.dispatches.countDispatches()).toBe(FILES * 3);
    stores.close();
  }, 120_000);
});
