import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'libsql';

/**
 * Empties the audit trail of each subgraph's bench database before a run. A run that reveals names
 * appends hundreds of thousands of entries, and an append gets slower as the trail grows (its
 * indexes no longer fit the page cache: after a few runs grids' trail held 2.8 million entries and
 * its file 1.3 GB), so runs on the same data would not compare. Bench data only: the product's trail
 * is append-only.
 */
export function emptyAuditTrails(dataDir: string, subgraphs: readonly string[]): void {
  for (const name of subgraphs) {
    const file = join(dataDir, `${name}.db`);
    if (!existsSync(file)) continue;
    const database = new Database(file);
    try {
      database.exec('delete from audit_entry');
    } finally {
      database.close();
    }
  }
}
