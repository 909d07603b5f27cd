import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli-captured.js';
import { fixturesDir, seedPath } from '../helpers/seed-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('wirebrief digest', () => {
  it('prints the contract JSON: every story since --since, ranked, in the --lang asked for', async () => {
    const db = join(tempDir(), 'store.db');
    const stories = join(fixturesDir, 'stories');
    expect((await runCliCaptured(['ingest', seedPath, stories, '--db', db, '--json'], { env: {} })).code).toBe(0);
    const run = await runCliCaptured(['digest', '--since', '2026-02-04', '--lang', 'en', '--topics', 'oil', '--db', db, '--json'], { env: {} });
    expect(run.code).toBe(0);
    const digest = run.json<{ lang: string; since: string; stories: Array<Record<string, unknown>> }>();
    expect(Object.keys(digest).slice(0, 3)).toEqual(['lang', 'since', 'stories']); // the contract's keys first; more may follow
    expect(digest).toMatchObject({ lang: 'en', since: '2026-02-04T00:00:00.000Z' });
    expect(digest.stories).toHaveLength(3);
    expect(Object.keys(digest.stories[0]!).slice(0, 4)).toEqual(['storyId', 'title', 'summary', 'dispatchIds']);
    expect(digest.stories[0]).toMatchObject({ titleLang: 'ar', summaryLang: 'ar' }); // the followed oil story, only in Arabic
    expect(digest.stories.find((s) => (s.dispatchIds as string[]).length === 2)?.title).toBe('Xi, Putin vow closer coordination in video call');

    const limited = await runCliCaptured(['digest', '--since', '2026-02-05', '--limit', '1', '--db', db, '--json'], { env: {} });
    expect(limited.json<{ stories: unknown[] }>().stories).toHaveLength(1);
    const bad = await runCliCaptured(['digest', '--since', 'yesterday', '--db', db, '--json'], { env: {} });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--since');
  });
});
