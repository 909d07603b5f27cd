import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { WirebriefError } from '../errors.js';
import type { CliIo, CommandContext } from './cli-io.js';

type Command = (ctx: CommandContext) => Promise<number>;

/**
 * Every `wirebrief <command>`, one file per command, imported only when it runs: `list` never
 * loads grammY, openai or rss-parser, so a CLI call from a script or cron job starts fast.
 */
const commands: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./ingest-command.js')).ingestCommand,
  show: async () => (await import('./show-command.js')).showCommand,
  list: async () => (await import('./list-command.js')).listCommand,
  search: async () => (await import('./search-command.js')).searchCommand,
  ask: async () => (await import('./ask-command.js')).askCommand,
  digest: async () => (await import('./digest-command.js')).digestCommand,
  chat: async () => (await import('./chat-command.js')).chatCommand,
  bot: async () => (await import('./bot-command.js')).botCommand,
  start: async () => (await import('./start-command.js')).startCommand,
  feeds: async () => (await import('./feeds-command.js')).feedsCommand,
  migrate: async () => (await import('./migrate-command.js')).migrateCommand,
  export: async () => (await import('./export-command.js')).exportCommand,
  import: async () => (await import('./import-command.js')).importCommand,
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
    const load = commands[name];
    if (!load) {
      io.stderr(`wirebrief: unknown command "${name}"\n${usage}\n`);
      return 1;
    }
    const config = loadConfig(env);
    const dbPath = values.db ?? config.WIREBRIEF_DATABASE_URL ?? config.WIREBRIEF_DB;
    const command = await load();
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
