import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import type { RevealReason } from './reveal-reason';

/** `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Key of the advisory lock that makes appenders take turns on PostgreSQL (one audit trail per database). */
const AUDIT_LOCK = 'audit_entry';

/**
 * Rows per INSERT: 13 parameters a row stays below SQLite's 32,766 and PostgreSQL's 65,535 bound
 * parameters, so a request is one insert unless it unmasked over two thousand fields.
 */
const ROWS_PER_INSERT = 2000;

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

function tableOf(em: EntityManager): string {
  return em.getMetadata().get(AuditEntry.name).tableName;
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
  const [last] = await tx.execute<{ sequence: number | string; hash: string }[]>(`select sequence, hash from ${tableOf(tx)} order by sequence desc limit 1`);
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
    previousHash = entryHash(row);
    return { ...row, hash: previousHash };
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await tx.insertMany(AuditEntry, rows.slice(start, start + ROWS_PER_INSERT));
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
