import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type InputRef =
  | { kind: 'stdin'; source: 'stdin' }
  | { kind: 'file'; source: string; size: number }
  | { kind: 'url'; source: string }
  | { kind: 'missing'; source: string; reason: string };

/** Expands the paths given to `ingest`: folders recursively (sorted, hidden entries skipped), `-` as stdin, URLs as such. */
export async function collectInputs(paths: string[]): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for (const path of paths) {
    if (path === '-') refs.push({ kind: 'stdin', source: 'stdin' });
    else if (/^https?:\/\//i.test(path)) refs.push({ kind: 'url', source: path });
    else await collectPath(path, refs);
  }
  return refs;
}

async function collectPath(path: string, refs: InputRef[]): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refs.push({ kind: 'missing', source: path, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code})` });
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const name of entries) await collectPath(join(path, name), refs);
  } else if (info.isFile()) {
    refs.push({ kind: 'file', source: path, size: info.size });
  } else {
    refs.push({ kind: 'missing', source: path, reason: 'not a regular file or folder' });
  }
}
