import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { runWirebriefChild, unprivilegedUser } from '../helpers/run-child.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { opecDispatch } from '../helpers/write-wire-folder.js';

const tempDir = useTempDir();
const asReader = unprivilegedUser;

async function ingestChild(args: string[], boundMs: number) {
  const run = runWirebriefChild(['ingest', ...args, '--json'], {}, undefined, asReader);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), boundMs);
  const { code, signal } = await run.exited;
  clearTimeout(timer);
  return { code, signal, ...run.output() };
}

describe('wirebrief ingest, faults', () => {
  it('an unreadable file and an unreadable folder are one rejected source each; the rest is stored and reported (exit 2)', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const wire = join(dir, 'wire');
    mkdirSync(join(wire, 'closed'), { recursive: true });
    writeFileSync(join(wire, 'a.txt'), opecDispatch(1));
    writeFileSync(join(wire, 'b.txt'), opecDispatch(2));
    writeFileSync(join(wire, 'closed', 'c.txt'), opecDispatch(3));
    writeFileSync(join(wire, 'z.txt'), opecDispatch(4));
    chmodSync(join(wire, 'b.txt'), 0o000);
    chmodSync(join(wire, 'closed'), 0o000);
    chmodSync(wire, 0o777);
    const run = await ingestChild([wire, '--db', join(dir, 'store.db')], 30_000);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as IngestReport;
    expect(report.added).toBe(2);
    expect(report.dispatches.map((d) => d.source)).toEqual([join(wire, 'a.txt'), join(wire, 'z.txt')]);
    expect(report.rejected).toEqual([
      { source: join(wire, 'b.txt'), reason: 'cannot read the file: permission denied (EACCES)' },
      { source: join(wire, 'closed'), reason: 'cannot read the folder: permission denied (EACCES)' },
    ]);
  }, 90_000);

  it('a cycle of symbolic links in a folder ends: linked folders are not followed, each is a warning', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const wire = join(dir, 'wire');
    mkdirSync(join(wire, 'inner'), { recursive: true });
    writeFileSync(join(wire, 'a.txt'), opecDispatch(1));
    writeFileSync(join(wire, 'inner', 'b.txt'), opecDispatch(2));
    symlinkSync('..', join(wire, 'inner', 'up'));
    symlinkSync(wire, join(wire, 'self'));
    chmodSync(wire, 0o777);
    const run = await ingestChild([wire, '--db', join(dir, 'store.db')], 30_000);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as IngestReport;
    expect(report.added).toBe(2);
    expect(report.warnings.map((w) => w.source).sort()).toEqual([join(wire, 'inner', 'up'), join(wire, 'self')]);
    expect(report.warnings[0]!.message).toMatch(/symbolic link to a folder, not followed/);
  }, 90_000);
});
