import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as the one JSON document of --json */
  json<T = unknown>(): T;
}

/** Runs `wirebrief <argv>` in-process with captured output, a fixed clock and optional stdin. */
export async function runCliCaptured(
  argv: string[],
  options: { env?: Record<string, string | undefined>; stdin?: string | Uint8Array; now?: Date } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    isTty: false,
    now: () => options.now ?? new Date('2026-02-05T08:00:00Z'),
  };
  const code = await runCli(argv, options.env ?? {}, io);
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
