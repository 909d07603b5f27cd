import { openDatabase } from '../store/open-database.js';
import { isPgUrl } from '../store/open-store-at.js';
import { migratePg } from '../store/pg/migrate-pg.js';
import { createPgPool } from '../store/pg/pg-pool.js';
import { type CommandContext, output } from './cli-io.js';

/**
 * `wirebrief migrate`: applies the store's pending migrations and says which. Every command
 * migrates on start too; this one lets a deploy migrate once, before the replicas start.
 */
export async function migrateCommand(ctx: CommandContext): Promise<number> {
  let applied: number[] = [];
  const backend = isPgUrl(ctx.dbPath) ? 'postgres' : 'sqlite';
  if (backend === 'postgres') {
    const pool = createPgPool(ctx.dbPath, { max: 1 });
    try {
      applied = await migratePg(pool);
    } finally {
      await pool.end();
    }
  } else {
    openDatabase(ctx.dbPath, (versions) => {
      applied = versions;
    }).close();
  }
  output(ctx, { backend, applied }, () => (applied.length > 0 ? `${backend}: applied migrations ${applied.join(', ')}` : `${backend}: up to date`));
  return 0;
}
