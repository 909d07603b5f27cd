import type { Dateline, Dispatch, Lang } from '../dispatch/dispatch-types.js';
import type { StoryFeatures } from '../dispatch/story-features.js';

/** A dispatch ready to store: parsed, identified, analysed. */
export interface PreparedDispatch {
  dispatch: Omit<Dispatch, 'storyId' | 'ingestedAt'>;
  /** analysed terms of each paragraph, space-joined; null for a paragraph not to index (a repeat) */
  paragraphTerms: Array<string | null>;
  features: StoryFeatures;
}

/** Input kept with the reason it was rejected: nothing is silently dropped. */
export interface QuarantineItem {
  source: string;
  sourceIndex: number | null;
  reason: string;
  /** the bytes as received, or null when they were too large to keep (the reason says so) */
  bytes: Uint8Array | null;
  byteLength: number;
}

/** Everything read from one source; stored in one transaction. */
export interface SourceBatch {
  source: string;
  dispatches: PreparedDispatch[];
  quarantine: QuarantineItem[];
}

export interface StoredDispatch {
  id: string;
  sourceIndex: number;
  duplicate: boolean;
  storyId: string;
}

export interface DispatchSummary {
  id: string;
  date: string;
  lang: Lang;
  agency: string;
  dateline: Dateline | null;
  headline: string;
  urgent: boolean;
  storyId: string;
  ingestedAt: string;
}

/** How a dispatch was filed: enough to tell whether it may be another's version (see mayBeOtherVersion), read from an index alone. */
export type FiledDispatch = Pick<DispatchSummary, 'id' | 'storyId' | 'lang' | 'date' | 'urgent' | 'dateline'>;

/** The dispatches of one language filed within some days. */
export interface FiledQuery {
  since: string;
  until: string;
  lang: Lang;
  limit: number;
}

export interface ListQuery {
  since?: string;
  until?: string;
  lang?: Lang;
  /** only the dispatches of this story (its versions, updates and other-language versions) */
  storyId?: string;
  limit: number;
}

/** Concepts of a query: each group holds alternatives, each alternative a phrase of analysed tokens. */
export interface PassageQuery {
  groups: string[][][];
}

export interface PassageSearchOptions {
  limit: number;
  since?: string;
  until?: string;
  lang?: Lang;
}

/** One paragraph found by search, with what a citation needs of its dispatch. */
export interface PassageHit {
  dispatchId: string;
  paragraph: number;
  text: string;
  /** higher is better */
  score: number;
  date: string;
  lang: Lang;
  agency: string;
  headline: string;
  dateline: Dateline | null;
  urgent: boolean;
  storyId: string;
}

export interface QuarantineRecord {
  id: number;
  source: string;
  sourceIndex: number | null;
  reason: string;
  byteLength: number;
  receivedAt: string;
}

/** Why a dispatch replaces an earlier one: an edited post, or a text marked update or correction. */
export type VersionReason = 'edit' | 'update' | 'correction';

/** A dispatch the full-text index matched, with what ranking needs: the backend's BM25 and the paragraphs' terms. */
export interface PassageCandidate extends DispatchSummary {
  /** insertion order: the newest match has the highest */
  seq: number;
  /** the backend's BM25 of the dispatch for the match (higher is better) */
  relevance: number;
  paragraphs: string[];
  /** analysed terms of each paragraph, space-joined; null for a paragraph not indexed */
  paragraphTerms: Array<string | null>;
}

export interface CandidateSearch {
  /** `all`: dispatches naming every concept; `any`: naming at least one */
  mode: 'all' | 'any';
  /** the best this many by relevance … */
  limit: number;
  /** … among the newest this many matches */
  window: number;
  since?: string;
  until?: string;
  lang?: Lang;
}

/** Term statistics of the search index: how many dispatches it counts, and how many hold each term. */
export interface TermStatistics {
  total: number;
  documents: Map<string, number>;
}

/**
 * What a backend gives search: candidates and term statistics. Ranking (the passes, the window,
 * the paragraph scores) is src/search's, the same for every backend.
 */
export interface PassageCandidates {
  findCandidates(query: PassageQuery, search: CandidateSearch): Promise<PassageCandidate[]>;
  termStatistics(terms: readonly string[]): Promise<TermStatistics>;
}

/** Version history: the old version stays readable but leaves the search index; the story id stays stable. */
export interface DispatchVersions {
  /** Links `newId` as the next version of `oldId` (it takes the old one's story); returns the story id. A no-op when either is already linked. */
  supersede(oldId: string, newId: string, reason: VersionReason, now: Date): Promise<string>;
  /** The current (not superseded) dispatch read from `source` at `sourceIndex`, other than `exceptId`, or null. */
  findCurrentVersion(source: string, sourceIndex: number, exceptId?: string): Promise<string | null>;
  /** The newest current dispatch of `storyId` stored before `id`, or null. */
  findStoryPredecessor(storyId: string, id: string): Promise<string | null>;
  /** Every version of the dispatch, oldest first. */
  listVersions(id: string): Promise<string[]>;
}

/**
 * The dispatch store. Every backend (SQLite now, PostgreSQL later) implements this;
 * nothing outside `store/` knows which one it talks to.
 */
export interface DispatchStore extends DispatchVersions, PassageCandidates {
  /** Stores one source's dispatches and quarantine in a single transaction; exact duplicates are reported, not stored again. */
  saveSource(batch: SourceBatch, now: Date): Promise<StoredDispatch[]>;
  getDispatch(id: string): Promise<Dispatch | null>;
  getDispatches(ids: string[]): Promise<Dispatch[]>;
  listDispatches(query: ListQuery): Promise<DispatchSummary[]>;
  /**
   * What `listDispatches` lists for the same days and language, as filed: the same dispatches in the
   * same order, from an index that holds them (a question compares its stories with every dispatch of
   * three days; reading each whole cost more than the rest of the answer).
   */
  listFiled(query: FiledQuery): Promise<FiledDispatch[]>;
  /** Best paragraphs first (BM25), newest first among equals: `searchPassages` of src/search over this store's candidates. */
  searchPassages(query: PassageQuery, options: PassageSearchOptions): Promise<PassageHit[]>;
  countDispatches(): Promise<number>;
  /** The agencies of the stored dispatches (`KUNA`, `WAM`), each once: the wire's own sources, which a question names as such, not as a topic. */
  listAgencies(): Promise<string[]>;
  /**
   * Every analysed term the search index holds, with how many dispatches hold it: the vocabulary
   * names across scripts are matched against, and what tells a question's rare concepts and
   * concepts no dispatch holds. Optional: a backend without it searches without those.
   */
  listTerms?(): Promise<Array<{ term: string; documents: number }>>;
  /** Merges the search index into as few parts as it can (after a bulk ingest); searches then read less. */
  optimiseIndex(): Promise<void>;
  listQuarantine(limit: number): Promise<QuarantineRecord[]>;
  /** Up to `limit` dispatches stored but not yet matched for alerts, oldest first (saveSource records each new one in its transaction). */
  listUnalerted(limit: number): Promise<string[]>;
  /** Records that the alerts of `ids` are queued. */
  markAlerted(ids: string[]): Promise<void>;
}
