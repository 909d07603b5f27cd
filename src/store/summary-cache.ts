/** Summaries already written, by key (story, language, dispatch set). */
export interface SummaryCache {
  get(key: string): Promise<string | null>;
  set(key: string, summary: string, now: Date): Promise<void>;
}
