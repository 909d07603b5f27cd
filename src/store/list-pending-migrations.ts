import { readdirSync, readFileSync } from 'node:fs';

export interface PendingMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The migrations of `dir` (`NNN-name.sql`) whose version is not in `applied`, in version order:
 * both backends apply them the same way, each in a transaction of its own.
 */
export function listPendingMigrations(dir: string, applied: ReadonlySet<number>): PendingMigration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}-[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name }))
    .filter(({ version }) => !applied.has(version))
    .map(({ version, name }) => ({ version, name, sql: readFileSync(dir + name, 'utf8') }));
}
