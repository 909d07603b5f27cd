import { runWirebriefChild } from './run-child.js';
import { until } from './until.js';

export type ReplicaRun = ReturnType<typeof runWirebriefChild>;

/** What a replica logs when it becomes the leader, and when another one leads. */
export const LEADS = 'leader: running the scheduler';
export const FOLLOWS = 'another replica leads';

export interface BotReplicas {
  runs: ReplicaRun[];
  /** a replica's stderr so far (pino lines) */
  log(run: ReplicaRun): string;
  /** whether the replica has led (logged LEADS) */
  leads(run: ReplicaRun): boolean;
  /** Waits until exactly one replica leads and every other follows; returns the leader. */
  elected(timeoutMs?: number): Promise<ReplicaRun>;
  /** SIGTERM to every replica still running; resolves with their exits, in order. */
  stop(): Promise<Array<{ code: number | null; signal: NodeJS.Signals | null }>>;
  /** SIGKILL to every replica still running (for a finally). */
  kill(): void;
}

export const replicaToken = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';

/**
 * `count` real `wirebrief bot` child processes in webhook mode (port 0, loopback) on one PostgreSQL
 * store (`databaseUrl`, with its schema), against the Bot API at `apiRoot`, as several machines
 * behind one webhook URL would run. `env` adds or overrides variables (e.g. WIREBRIEF_SEND_RATE).
 */
export function startBotReplicas(count: number, options: { apiRoot: string; databaseUrl: string; env?: Record<string, string> }): BotReplicas {
  const env = {
    TELEGRAM_BOT_TOKEN: replicaToken,
    TELEGRAM_API_ROOT: options.apiRoot,
    WIREBRIEF_DATABASE_URL: options.databaseUrl,
    WEBHOOK_URL: 'https://bot.example.com/hook',
    WEBHOOK_SECRET: 'replica-secret',
    WEBHOOK_PORT: '0',
    LOG_LEVEL: 'info',
    WIREBRIEF_LEADER_RETRY_MS: '500',
    ...options.env,
  };
  const runs = Array.from({ length: count }, () => runWirebriefChild(['bot'], env));
  const log = (run: ReplicaRun) => run.output().stderr;
  const leads = (run: ReplicaRun) => log(run).includes(LEADS);
  const running = (run: ReplicaRun) => run.child.exitCode === null && run.child.signalCode === null;
  return {
    runs,
    log,
    leads,
    async elected(timeoutMs = 60_000) {
      await until(
        () => runs.filter(leads).length === 1 && runs.every((run) => leads(run) || log(run).includes(FOLLOWS)),
        timeoutMs,
        () => `one replica leads, the others follow; logs: ${runs.map(log).join('\n---\n')}`,
      );
      return runs.find(leads) as ReplicaRun;
    },
    async stop() {
      for (const run of runs) if (running(run)) run.child.kill('SIGTERM');
      return Promise.all(runs.map((run) => run.exited));
    },
    kill() {
      for (const run of runs) if (running(run)) run.child.kill('SIGKILL');
    },
  };
}
