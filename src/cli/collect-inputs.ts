import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type InputRef =
  | { kind: 'stdin'; source: 'stdin' }
  | { kind: 'file'; source: string; size: number }
  | { kind: 'url'; source: string }
  | { kind: 'missing'; source: string; reason: string }
  /** left out of a folder walk on purpose; reported as a warning */
  | { kind: 'skipped'; source: string; reason: string };

/**
 * Expands the paths given to `ingest`: folders recursively (sorted, hidden entries skipped), `-` as
 * stdin, URLs as such. A path named on the command line is followed wherever it points; inside a
 * walk, a symbolic link to a folder is not followed (and no folder is walked twice), so a cycle of
 * links ends. A folder or file that cannot be read is one rejected input; the walk goes on.
 */
export async function collectInputs(paths: string[]): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  const walked = new Set<string>();
  for (const path of paths) {
    if (path === '-') refs.push({ kind: 'stdin', source: 'stdin' });
    else if (/^https?:\/\//i.test(path)) refs.push({ kind: 'url', source: path });
    else await collectPath(path, refs, walked, true);
  }
  return refs;
}

async function collectPath(path: string, refs: InputRef[], walked: Set<string>, named: boolean): Promise<void> {
  let info;
  try {
    info = named ? await stat(path) : await lstat(path);
    if (info.isSymbolicLink()) {
      info = await stat(path);
      if (info.isDirectory()) return void refs.push({ kind: 'skipped', source: path, reason: 'a symbolic link to a folder, not followed inside a folder walk; name it on the command line to ingest it' });
    }
  } catch (error) {
    return void refs.push({ kind: 'missing', source: path, reason: describeFsError(error, 'file or folder') });
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      const real = await realpath(path);
      if (walked.has(real)) return void refs.push({ kind: 'skipped', source: path, reason: 'a folder already read in this run' });
      walked.add(real);
      names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    } catch (error) {
      return void refs.push({ kind: 'missing', source: path, reason: describeFsError(error, 'folder') });
    }
    for (const name of names) await collectPath(join(path, name), refs, walked, false);
  } else if (info.isFile()) {
    refs.push({ kind: 'file', source: path, size: info.size });
  } else {
    refs.push({ kind: 'missing', source: path, reason: 'not a regular file or folder' });
  }
}

/** What a failed file-system call means for the person who named the path. */
export function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such ${what}`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read the ${what}: permission denied (${code})`;
  return `cannot read the ${what} (${code ?? (error as Error).message})`;
}
