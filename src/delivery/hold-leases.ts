import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { OutboxRow, OutboxStore } from '../store/outbox-store.js';

/** A sender's name on the rows it claims: unique per process and start. */
export function senderOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * The leases one sender holds: claims rows under its owner name, renews them every third of the
 * lease while it works, and tells whether a row is still safely held (more than a quarter of the
 * lease left). A row it no longer holds is never sent: another sender may have it by then.
 */
export function holdLeases(outbox: OutboxStore, clock: Clock, logger: Logger, leaseMs: number, owner = senderOwner()) {
  const held = new Map<number, number>();
  const margin = leaseMs / 4;
  let renewing: ReturnType<typeof setInterval> | null = null;

  async function renew(): Promise<void> {
    const at = clock.now().getTime();
    try {
      await outbox.renewLeases(owner, new Date(at + leaseMs));
      for (const [id, until] of held) if (until > at + margin) held.set(id, at + leaseMs);
    } catch (error) {
      logger.error({ err: error, owner }, 'renewing outbox leases failed');
    }
  }

  return {
    owner,
    async claim(limit: number): Promise<OutboxRow[]> {
      const now = clock.now();
      const until = new Date(now.getTime() + leaseMs);
      const rows = await outbox.claimDue(now, limit, { owner, until });
      for (const row of rows) held.set(row.id, until.getTime());
      return rows;
    },
    holds(id: number): boolean {
      return (held.get(id) ?? Number.NEGATIVE_INFINITY) - clock.now().getTime() > margin;
    },
    /** the row is settled (sent, retried, failed) or given up */
    drop(id: number): void {
      held.delete(id);
    },
    /** renews every third of the lease until `stop` */
    start(): void {
      renewing ??= setInterval(() => void renew(), leaseMs / 3);
      renewing.unref();
    },
    stop(): void {
      if (renewing) clearInterval(renewing);
      renewing = null;
    },
    /** hands back every row still held (a clean stop) */
    async release(): Promise<number> {
      held.clear();
      return outbox.releaseLeases(owner);
    },
  };
}
