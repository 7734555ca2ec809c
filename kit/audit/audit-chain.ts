import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Knex } from 'knex';
import { columnOf, tableOf } from '../orm/column-name';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import type { RevealReason } from './reveal-reason';

/** `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Key of the advisory lock that makes appenders take turns on PostgreSQL (one audit trail per database). */
const AUDIT_LOCK = 'audit_entry';

/** Most rows per INSERT: 13 parameters a row stays below SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 2048;

/** The columns an append writes, in the order of each row's values. */
const COLUMNS = [
  'sequence', 'at', 'viewerId', 'rolesText', 'action', 'subjectType', 'subjectId', 'field', 'reason', 'outcome', 'requestId', 'previousHash', 'hash',
] as const satisfies readonly (keyof AuditEntry)[];

/** An entry before it has its place in the chain. */
export interface NewAuditEntry {
  readonly at: Date;
  readonly viewerId: string;
  readonly roles: readonly string[];
  readonly action: AuditAction;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly field: string;
  readonly reason: RevealReason | null;
  readonly outcome: string;
  readonly requestId: string;
}

type Hashed = Pick<
  AuditEntry,
  'sequence' | 'at' | 'viewerId' | 'rolesText' | 'action' | 'subjectType' | 'subjectId' | 'field' | 'reason' | 'outcome' | 'requestId' | 'previousHash'
>;

/**
 * SHA-256 (hex) over every column of an entry but its own hash, in a fixed order as a JSON array
 * (unambiguous where a joined string would not be), the previous entry's hash among them.
 */
export function entryHash(entry: Hashed): string {
  const content = [
    entry.sequence,
    entry.at.toISOString(),
    entry.viewerId,
    entry.rolesText,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.field,
    entry.reason,
    entry.outcome,
    entry.requestId,
    entry.previousHash,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * One INSERT of `rows` rows, its column names from MikroORM's metadata. Written by hand rather than
 * with `em.insertMany`: that converted and validated every value of every row again (≈ 35 µs a row)
 * for values built right here, and wrote them into the SQL text, so libSQL prepared each append
 * anew (≈ 1.3 ms of grids' CPU per building read with names) and it pushed other statements out of
 * the worker's cache. With bound parameters and row counts that are powers of two (97 rows:
 * 64 + 32 + 1), appends use at most twelve texts, prepared once.
 */
function insertSql(em: EntityManager, rows: number): string {
  const platform = em.getPlatform();
  const columns = COLUMNS.map(column => platform.quoteIdentifier(columnOf(em, AuditEntry, column)));
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `insert into ${platform.quoteIdentifier(tableOf(em, AuditEntry))} (${columns.join(', ')}) values ${new Array<string>(rows).fill(row).join(', ')}`;
}

/**
 * Appends entries to the chain inside the caller's transaction, so they commit with what they record
 * or not at all. On PostgreSQL an advisory lock held until commit makes concurrent appenders take
 * turns: each reads the last entry only after the one before it committed, so the chain never
 * forks (embedded libSQL runs one writing transaction at a time).
 */
export async function appendAuditEntries(tx: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (!tx.isInTransaction()) throw new Error('appendAuditEntries must run inside a transaction, with what it records');
  if (tx.getPlatform() instanceof PostgreSqlPlatform) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [AUDIT_LOCK]);
  const [last] = await tx.execute<{ sequence: number | string; hash: string }[]>(`select sequence, hash from ${tableOf(tx, AuditEntry)} order by sequence desc limit 1`);
  let sequence = Number(last?.sequence ?? 0);
  let previousHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map(entry => {
    sequence += 1;
    const row: Hashed = {
      sequence,
      at: entry.at,
      viewerId: entry.viewerId,
      rolesText: entry.roles.join(','),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      field: entry.field,
      reason: entry.reason,
      outcome: entry.outcome,
      requestId: entry.requestId,
      previousHash,
    };
    const hashed = { ...row, hash: entryHash(row) };
    previousHash = hashed.hash;
    return COLUMNS.map(column => hashed[column]);
  });
  // Through knex with bound parameters: `em.execute` writes the values into the SQL text, which
  // makes every append a text of its own to prepare.
  const knex = tx.getTransactionContext<Knex.Transaction>()!;
  let start = 0;
  for (let size = ROWS_PER_INSERT; size >= 1; size /= 2) {
    for (; rows.length - start >= size; start += size) await knex.raw(insertSql(tx, size), rows.slice(start, start + size).flat());
  }
}

/** What a walk of the chain found. */
export interface AuditChainCheck {
  readonly verified: boolean;
  /** Entries walked. */
  readonly entries: number;
  /** The first entry whose hash, link or sequence does not hold; null when the chain verifies. */
  readonly firstBrokenSequence: number | null;
}

/** Entries read per statement while walking the chain. */
const WALK_PAGE = 1000;

/**
 * Walks the whole chain in sequence order, recomputing each hash: an entry edited in the database
 * no longer matches its hash, one removed leaves a gap in the sequence or a link to nothing.
 */
export async function verifyAuditChain(em: EntityManager): Promise<AuditChainCheck> {
  let expectedSequence = 1;
  let previousHash = GENESIS_HASH;
  for (;;) {
    const page = await em.find(
      AuditEntry,
      { sequence: { $gte: expectedSequence } },
      { orderBy: { sequence: 'asc' }, limit: WALK_PAGE, disableIdentityMap: true },
    );
    for (const entry of page) {
      if (entry.sequence !== expectedSequence || entry.previousHash !== previousHash || entry.hash !== entryHash(entry)) {
        return { verified: false, entries: expectedSequence - 1, firstBrokenSequence: expectedSequence };
      }
      previousHash = entry.hash;
      expectedSequence += 1;
    }
    if (page.length < WALK_PAGE) return { verified: true, entries: expectedSequence - 1, firstBrokenSequence: null };
  }
}
