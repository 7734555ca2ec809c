import type { EventManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * Wakes whoever waits for new outbox rows (the JetStream relay, a long-polling feed request) the
 * moment a transaction of this process commits, instead of on their next poll. Other processes
 * (replicas of the producer) do not signal here: waiters keep a polling interval as well.
 */
export class CommitSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  /** Resolves at the next commit, after `ms`, or when `abort` fires, whichever is first. */
  wait(ms: number, abort?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (abort?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      abort?.addEventListener('abort', done, { once: true });
    });
  }
}

const signals = new WeakMap<EventManager, CommitSignal>();

/** The commit signal of the ORM `em` belongs to (forks share their ORM's event manager). */
export function commitSignal(em: EntityManager): CommitSignal {
  const events = em.getEventManager();
  let signal = signals.get(events);
  if (!signal) {
    const created = new CommitSignal();
    events.registerSubscriber({ afterTransactionCommit: async () => created.notify() });
    signals.set(events, created);
    signal = created;
  }
  return signal;
}
