/**
 * Whether `error` says another writer held the store past the busy timeout (SQLite's
 * SQLITE_BUSY family): the work was not done and may be tried again.
 */
export function isStoreBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
