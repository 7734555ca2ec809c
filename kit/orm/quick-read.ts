/**
 * Marks a statement as a quick read: a lookup by at most `QUICK_READ_MAX_KEYS` key values, so its
 * cost is bounded by its keys, not by the size of the table. The embedded driver runs such a read
 * on the event loop (kit/orm/quick-reader.ts) instead of sending it to its worker thread, whose
 * round trip cost more CPU than the read itself (bench/RESULTS.md, "Quick reads"). A comment, so
 * every database ignores it and the SQL log shows it.
 */
export const QUICK_READ = '/* quick read */ ';

/** Keys above which a lookup is sent to the worker after all: a community's 2,000 households take 50 ms. */
export const QUICK_READ_MAX_KEYS = 100;

/** `sql`, marked as a quick read when it looks up few enough keys. */
export function quickReadOf(sql: string, keys: number): string {
  return keys <= QUICK_READ_MAX_KEYS ? QUICK_READ + sql : sql;
}

export function isQuickRead(sql: string): boolean {
  return sql.startsWith(QUICK_READ);
}
