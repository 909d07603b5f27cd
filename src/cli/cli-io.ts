import type { Readable } from 'node:stream';
import type { Config } from '../config.js';
import { describeReindex, type OpenStoreOptions } from '../store/reindex-report.js';

/** What a CLI command may touch; main.ts passes the process's, tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  /** whether stderr is a terminal (progress is shown only then) */
  isTty: boolean;
  now: () => Date;
}

export interface CommandContext {
  io: CliIo;
  config: Config;
  /** the store: --db, else WIREBRIEF_DATABASE_URL, else WIREBRIEF_DB, else ./data/wirebrief.db (a postgres:// URL or a SQLite path) */
  dbPath: string;
  json: boolean;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

/** Writes the command's result: one JSON document with --json, else the human text. */
export function output(ctx: CommandContext, value: unknown, human: () => string): void {
  if (ctx.json) ctx.io.stdout(`${JSON.stringify(value)}\n`);
  else ctx.io.stdout(`${human()}\n`);
}

/** How a command opens its store: a rebuilt search index is told on stderr, in one line. */
export function storeOptions(ctx: CommandContext): OpenStoreOptions {
  return { onReindexed: (report) => ctx.io.stderr(`wirebrief: ${describeReindex(report)}\n`) };
}
