import { StoreError } from '../../errors.js';
import type { DispatchVersions, VersionReason } from '../dispatch-store.js';
import type { SqliteDatabase } from '../open-database.js';
import { type TermDocuments, indexedText } from './term-documents.js';

/**
 * The version history part of the SQLite dispatch store: an edited post, an update or a
 * correction becomes a new dispatch linked to the one it replaces. The old row stays (so
 * `show` and citations keep working) but leaves the search index, and the new one keeps its story.
 */
export function createSqliteDispatchVersions(
  db: SqliteDatabase,
  hooks: { termDocuments: TermDocuments; onStoryChanged: () => void },
): DispatchVersions {
  const { termDocuments, onStoryChanged } = hooks;
  const statements = {
    row: db.prepare<[string], { seq: number; story_id: string; paragraph_terms: string }>(
      'SELECT seq, story_id, paragraph_terms FROM dispatches WHERE id = ?',
    ),
    supersededBy: db.prepare<[string], string>('SELECT dispatch_id FROM dispatch_versions WHERE previous_id = ?').pluck(),
    previousOf: db.prepare<[string], string>('SELECT previous_id FROM dispatch_versions WHERE dispatch_id = ?').pluck(),
    setStory: db.prepare<[string, string]>('UPDATE dispatches SET story_id = ? WHERE id = ?'),
    unindex: db.prepare<[number]>('DELETE FROM dispatch_terms WHERE rowid = ?'),
    link: db.prepare<[string, string, string, string]>(
      'INSERT INTO dispatch_versions (dispatch_id, previous_id, reason, created_at) VALUES (?, ?, ?, ?)',
    ),
    currentBySource: db.prepare<[string, number, string], string>(
      `SELECT id FROM dispatches d WHERE source = ? AND source_index = ? AND id <> ?
         AND NOT EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id)
       ORDER BY seq DESC LIMIT 1`,
    ).pluck(),
    predecessorInStory: db.prepare<[string, number], string>(
      `SELECT id FROM dispatches d WHERE story_id = ? AND seq < ?
         AND NOT EXISTS (SELECT 1 FROM dispatch_versions v WHERE v.previous_id = d.id)
       ORDER BY seq DESC LIMIT 1`,
    ).pluck(),
  };

  const supersede = db.transaction((oldId: string, newId: string, reason: VersionReason, at: string): string => {
    const older = statements.row.get(oldId);
    const newer = statements.row.get(newId);
    if (!older || !newer) {
      throw new StoreError(`cannot link versions: dispatch ${older ? newId : oldId} is not stored`, { oldId, newId });
    }
    const linked =
      oldId === newId ||
      statements.supersededBy.get(oldId) !== undefined ||
      statements.supersededBy.get(newId) !== undefined ||
      statements.previousOf.get(newId) !== undefined;
    if (linked) return newer.story_id;
    statements.setStory.run(older.story_id, newId);
    onStoryChanged();
    statements.unindex.run(older.seq);
    termDocuments.removed(indexedText(JSON.parse(older.paragraph_terms) as Array<string | null>));
    statements.link.run(newId, oldId, reason, at);
    return older.story_id;
  });

  return {
    async supersede(oldId, newId, reason, now) {
      return supersede.immediate(oldId, newId, reason, now.toISOString());
    },
    async findCurrentVersion(source, sourceIndex, exceptId) {
      return statements.currentBySource.get(source, sourceIndex, exceptId ?? '') ?? null;
    },
    async findStoryPredecessor(storyId, id) {
      const row = statements.row.get(id);
      if (!row) return null;
      return statements.predecessorInStory.get(storyId, row.seq) ?? null;
    },
    async listVersions(id) {
      const chain = [id];
      for (let prev = statements.previousOf.get(id); prev !== undefined; prev = statements.previousOf.get(prev)) {
        chain.unshift(prev);
      }
      for (let next = statements.supersededBy.get(id); next !== undefined; next = statements.supersededBy.get(next)) {
        chain.push(next);
      }
      return chain;
    },
  };
}
