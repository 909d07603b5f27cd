import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/wirebrief.js', import.meta.url));

/**
 * Runs `node bin/wirebrief.js <args>` as a child with only PATH and `env` (no inherited token or
 * key, and outside the project so no .env is read), feeding `stdin` when given, as another user
 * when `as` is given (a root test run needs one for whom chmod 000 means unreadable); collects its output.
 */
export function runWirebriefChild(args: string[], env: Record<string, string>, stdin?: string, as?: { uid: number; gid: number }) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'], ...as });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (stdin !== undefined) child.stdin.end(stdin);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Root reads everything: a child run as nobody, for whom chmod 000 means unreadable (undefined when not root). */
export const unprivilegedUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
