import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { WirebriefError } from '../errors.js';
import { askCommand } from './ask-command.js';
import { botCommand } from './bot-command.js';
import { chatCommand } from './chat-command.js';
import type { CliIo, CommandContext } from './cli-io.js';
import { digestCommand } from './digest-command.js';
import { feedsCommand } from './feeds-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { ingestCommand } from './ingest-command.js';
import { listCommand } from './list-command.js';
import { migrateCommand } from './migrate-command.js';
import { searchCommand } from './search-command.js';
import { showCommand } from './show-command.js';
import { startCommand } from './start-command.js';

type Command = (ctx: CommandContext) => Promise<number>;

/** Every `wirebrief <command>`; one file per command. */
const commands: Record<string, Command> = {
  ingest: ingestCommand,
  show: showCommand,
  list: listCommand,
  search: searchCommand,
  ask: askCommand,
  digest: digestCommand,
  chat: chatCommand,
  bot: botCommand,
  start: startCommand,
  feeds: feedsCommand,
  migrate: migrateCommand,
  export: exportCommand,
  import: importCommand,
};

const options = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  since: { type: 'string' },
  lang: { type: 'string' },
  limit: { type: 'string' },
  topics: { type: 'string' },
  agency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = `usage: wirebrief <command> [options]
commands: ${Object.keys(commands).join(', ')}
options: --db <path>  --json  --debug  (see README.md)`;

/**
 * Runs one CLI command and returns its exit code: 0 success, 2 some input rejected, 1 fatal.
 * A fatal error prints one line on stderr, the stack only with --debug.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    debug = values.debug ?? false;
    const [name, ...args] = positionals;
    if (values.help || !name) {
      io.stderr(`${usage}\n`);
      return name || values.help ? 0 : 1;
    }
    const command = commands[name];
    if (!command) {
      io.stderr(`wirebrief: unknown command "${name}"\n${usage}\n`);
      return 1;
    }
    const config = loadConfig(env);
    const dbPath = values.db ?? config.WIREBRIEF_DATABASE_URL ?? config.WIREBRIEF_DB;
    return await command({ io, config, dbPath, json: values.json ?? false, args, options: values });
  } catch (error) {
    io.stderr(`wirebrief: ${describeFatal(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}

function describeFatal(error: unknown): string {
  if (error instanceof WirebriefError) return error.message;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)} (run with --debug for details)`;
}
