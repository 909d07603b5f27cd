import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { runWirebriefChild } from '../helpers/run-child.js';
import { seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('wirebrief chat', () => {
  it('answers typed lines with the bot’s own handlers, numbers pick buttons, and it exits when stdin ends', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const lines = ['/start', '2', 'what did Putin say about BRICS', '/follow BRICS', '/unfollow', '1', '/topics', '/source <x>'];
    const run = runWirebriefChild(['chat', '--db', db], {}, `${lines.join('\n')}\n`);
    expect((await run.exited).code).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain('Welcome to wirebrief. I read');
    expect(stdout).toContain('  [1] العربية\n  [2] English\n  [3] ☀️ Morning briefing at 07:00\n');
    expect(stdout).toContain('Language set to English.');
    expect(stdout).toMatch(/Putin \(KUNA, Beijing, 2026-02-04\): «وأعرب عن استعداد موسكو[^»]+» \(in Arabic\)/);
    expect(stdout).toMatch(/\[1\] KUNA, Beijing, 2026-02-04 \/source_kuna_20260204_[0-9a-f]{12}/);
    expect(stdout).toContain('Which topic should I stop following?\n\n  [1] ✕ BRICS\n');
    expect(stdout).toContain('You no longer follow “BRICS”.');
    expect(stdout).toContain('You follow no topics.');
    expect(stdout).toContain('No dispatch with id <x>.');
    expect(stdout).not.toMatch(/<b>|&lt;|\u2068/);
  }, 30_000);

  it('speaks Arabic with --lang ar, and remembers it next time', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const first = runWirebriefChild(['chat', '--db', db, '--lang', 'ar'], {}, '/help\n');
    expect((await first.exited).code).toBe(0);
    expect(first.output().stdout).toContain('ما يمكنني فعله');
    const second = runWirebriefChild(['chat', '--db', db], {}, '/topics\n');
    expect((await second.exited).code).toBe(0);
    expect(second.output().stdout).toContain('لا تتابع أي موضوع.');
  }, 30_000);
});

/** Waits (bounded) until the child's stdout holds `text`. */
async function waitFor(output: () => { stdout: string }, text: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!output().stdout.includes(text)) {
    if (Date.now() > end) throw new Error(`timed out waiting for "${text}" in:\n${output().stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the terminal chat shows what Telegram would', () => {
  it('prints the alert of a /follow when another shell ingests a dispatch that names the topic', async () => {
    const db = join(tempDir(), 'store.db');
    expect((await runCliCaptured(['ingest', seedPath, '--db', db])).code).toBe(0);
    const run = runWirebriefChild(['chat', '--db', db], {});
    run.child.stdin.write('/follow Putin\n');
    await waitFor(run.output, 'You now follow “Putin”');
    // another shell: a new story naming Putin in the other language
    const wire = 'موسكو - 5 - 2 (كونا) -- قال الرئيس الروسي فلاديمير بوتين اليوم الخميس إن بلاده ستستضيف منتدى اقتصاديا دوليا في الصيف المقبل.(النهاية)\nع ن\n';
    expect((await runCliCaptured(['ingest', '-', '--db', db], { stdin: wire })).code).toBe(0);
    await waitFor(run.output, 'New on Putin');
    run.child.stdin.end();
    expect((await run.exited).code).toBe(0);
    const alert = run.output().stdout.slice(run.output().stdout.indexOf('New on Putin'));
    expect(alert).toMatch(/^New on Putin\n.*بوتين.*\(in Arabic\)\n/);
    expect(alert).toMatch(/KUNA, Moscow, 2026-02-05 · \/story_s_kuna_20260205_[0-9a-f]{12} · \/source_kuna_20260205_[0-9a-f]{12}/);
    expect((await openStoresCount(db))).toEqual({ sent: 1, pending: 0 });
  }, 60_000);
});

async function openStoresCount(db: string): Promise<{ sent: number; pending: number }> {
  const stores = openStores(db);
  try {
    const counts = await stores.outbox.counts();
    return { sent: counts.sent, pending: counts.pending };
  } finally {
    stores.close();
  }
}

describe('wirebrief start with no configuration', () => {
  it('seeds the empty store, opens the chat, and does not seed twice', async () => {
    const db = join(tempDir(), 'fresh.db');
    const run = runWirebriefChild(['start', '--db', db], {}, 'ماذا قال بوتين عن بريكس\n');
    expect((await run.exited).code).toBe(0);
    expect(run.output().stderr).toContain('ingested 1 dispatch(es) from seeds/');
    expect(run.output().stdout).toContain('مقتطفات من البرقيات');
    expect(run.output().stdout).toContain('المصادر\n[1] KUNA, بكين, 2026-02-04 /source_kuna_20260204_'); // one reply, one language
    const again = runWirebriefChild(['start', '--db', db], {}, '');
    expect((await again.exited).code).toBe(0);
    expect(again.output().stderr).not.toContain('ingested');
  }, 30_000);
});
