/** What one subscriber was told about one story. */
export interface AlertLogEntry {
  chatId: number;
  storyId: string;
  topic: string;
  /** dispatch ids told (or judged to change nothing material) */
  told: string[];
  /** dispatch ids with material news, held until an hour after the last alert */
  held: string[];
  lastAlertAt: string;
}

export interface AlertLogStore {
  get(chatId: number, storyId: string): Promise<AlertLogEntry | null>;
  /** Inserts or replaces the entry. */
  save(entry: AlertLogEntry): Promise<void>;
  /** Entries holding news whose last alert was at or before `lastAlertBefore` (ISO). */
  listHeld(lastAlertBefore: string): Promise<AlertLogEntry[]>;
}
