/** The lock that makes one replica the leader (PostgreSQL: an advisory lock on a connection of its own). */
export interface LeaderLock {
  /**
   * Takes the lock if free: true when this process holds it; `lost` is called if it is lost later
   * (the connection died). Called while held, checks the lock's connection; throws when it is gone.
   */
  tryAcquire(lost: (error: Error) => void): Promise<boolean>;
  /** Gives the lock up (and its connection). */
  release(): Promise<void>;
}
