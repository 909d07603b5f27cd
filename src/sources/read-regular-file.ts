import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { oversizeReason } from '../ingest/ingest-wire-bytes.js';

/** A file's bytes, or why it was not read (and what size it claimed). */
export type RegularFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string; byteLength: number };

/**
 * Reads `path` only when it is a regular file of its folder: not a symbolic link (the link is not
 * followed, so nothing outside the folder is read through it), not a pipe, socket or device, not a
 * hard link to a file elsewhere, and no larger than `maxBytes`. The file is opened without
 * following links and checked again through the open handle, so a swap between the check and the
 * read is caught. Anything else is refused with the reason, unread.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  const info = await lstat(path);
  if (info.isSymbolicLink()) return refuse('a symbolic link, not followed: only regular files inside the folder are read (copy the file in instead)');
  if (!info.isFile()) return refuse('not a regular file (a folder, pipe, socket or device)');
  if (info.nlink > 1) return refuse(`a hard link (one of ${info.nlink} names of one file), not read: copy the file in instead`, info.size);
  if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Unreadable for good: refused (and moved aside) rather than retried at every scan.
    if (code === 'EACCES' || code === 'EPERM') return refuse(`cannot read it: permission denied (${code})`, info.size);
    throw error;
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev || opened.nlink > 1) {
      return refuse('replaced while it was being opened; not read', opened.size);
    }
    if (opened.size > maxBytes) return tooLarge(opened.size, maxBytes);
    return { ok: true, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

function refuse(reason: string, byteLength = 0): RegularFileRead {
  return { ok: false, reason, byteLength };
}

function tooLarge(size: number, maxBytes: number): RegularFileRead {
  return refuse(oversizeReason(size, maxBytes), size);
}
