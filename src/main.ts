import { existsSync } from 'node:fs';
import { runCli } from './cli/run-cli.js';

/** The process edge: the only reader of process.env, argv and the real clock. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const code = await runCli(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    isTty: process.stderr.isTTY === true,
    now: () => new Date(),
  });
  process.exitCode = code;
}

await main();
