import type { EntityManager } from '@mikro-orm/knex';
import { appendAuditEntries, type NewAuditEntry } from './audit-chain';

interface Waiting {
  readonly em: EntityManager;
  readonly entries: readonly NewAuditEntry[];
  readonly written: () => void;
  readonly failed: (error: unknown) => void;
}

/**
 * Appends the reads of requests that finish at the same moment in one transaction (group commit):
 * the first is written at once, and those that arrive while a write runs wait for the next, which
 * takes all of them. The chain is appended one transaction at a time anyway (one writer on libSQL,
 * an advisory lock on PostgreSQL), so waiting costs a request nothing it would not have waited for,
 * and ten requests pay for one transaction instead of ten: ≈ 3 ms of CPU each on libSQL (its
 * begin, the chain's last entry, commit). Each request still learns whether its own entries
 * committed, and withholds its data if they did not.
 */
class AuditWriter {
  private waiting: Waiting[] = [];
  private writing = false;

  append(em: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ em, entries, written: resolve, failed: reject });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      const entries = batch.flatMap(waiting => waiting.entries);
      try {
        // A fresh fork: whatever a failed command left in a request's identity map is not flushed with the reads.
        await batch[0].em.fork({ clear: true }).transactional(tx => appendAuditEntries(tx as EntityManager, entries));
        for (const waiting of batch) waiting.written();
      } catch (error) {
        for (const waiting of batch) waiting.failed(error);
      }
    }
    this.writing = false;
  }
}

/** One writer per database: forks of one ORM share its driver. */
const writers = new WeakMap<object, AuditWriter>();

/**
 * Appends one request's unmasked reads to the audit trail of `em`'s database, in a transaction of
 * their own shared with the requests finishing beside it; rejects when they were not written.
 */
export function appendRequestReads(em: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
  const driver = em.getDriver();
  let writer = writers.get(driver);
  if (!writer) {
    writer = new AuditWriter();
    writers.set(driver, writer);
  }
  return writer.append(em, entries);
}
