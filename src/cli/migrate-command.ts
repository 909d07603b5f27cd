import { openDatabase } from '../store/open-database.js';
import { isPgUrl } from '../store/open-store-at.js';
import { migratePg } from '../store/pg/migrate-pg.js';
import { createPgPool } from '../store/pg/pg-pool.js';
import { reindexPgStore } from '../store/pg/reindex-pg-store.js';
import { describeReindex, type ReindexReport } from '../store/reindex-report.js';
import { reindexSqliteStore } from '../store/sqlite/reindex-sqlite-store.js';
import { type CommandContext, output } from './cli-io.js';

/**
 * `wirebrief migrate`: applies the store's pending migrations and says which, and rebuilds the
 * search index when an older text analyser built it (`reindexed`, else null). Every command does
 * both on start too; this one lets a deploy do them once, before the replicas start.
 */
export async function migrateCommand(ctx: CommandContext): Promise<number> {
  let applied: number[] = [];
  let reindexed: ReindexReport | null = null;
  const backend = isPgUrl(ctx.dbPath) ? 'postgres' : 'sqlite';
  if (backend === 'postgres') {
    const pool = createPgPool(ctx.dbPath, { max: 1 });
    try {
      applied = await migratePg(pool);
      reindexed = await reindexPgStore(pool);
    } finally {
      await pool.end();
    }
  } else {
    const db = openDatabase(ctx.dbPath, (versions) => {
      applied = versions;
    });
    try {
      reindexed = reindexSqliteStore(db);
    } finally {
      db.close();
    }
  }
  if (reindexed) ctx.io.stderr(`wirebrief: ${describeReindex(reindexed)}\n`);
  output(ctx, { backend, applied, reindexed }, () => (applied.length > 0 ? `${backend}: applied migrations ${applied.join(', ')}` : `${backend}: up to date`));
  return 0;
}
