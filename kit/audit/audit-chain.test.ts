import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlThread } from '../orm/libsql-thread';
import { auditEntries } from '../testing/audit-entries';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appendAuditEntries, verifyAuditChain, type NewAuditEntry } from './audit-chain';
import { AuditAction } from './audit-entry.entity';
import { auditEntities } from './entities';
import { RevealReason } from './reveal-reason';

/**
 * Appends of every size land whole, in order, in one chain that verifies: 1 to 40 entries (a
 * resident's card to a building's list of names) and 3,005 (a community's, past one INSERT's
 * parameters). On libSQL they use few statement texts, so the worker keeps them prepared.
 */

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('audit_chain', [...auditEntities]);
});
afterAll(() => database.close());

const SIZES = [...Array.from({ length: 40 }, (_value, index) => index + 1), 3005];

function reads(requestId: string, count: number): NewAuditEntry[] {
  return Array.from({ length: count }, (_value, index) => ({
    at: new Date('2026-11-28T04:00:00.000Z'),
    viewerId: 'auditor-test',
    roles: ['CITY_ADMIN'],
    action: AuditAction.READ,
    subjectType: 'Resident',
    subjectId: String(index + 1),
    field: 'name',
    reason: RevealReason.REGISTRATION_CHECK,
    outcome: 'OK',
    requestId,
  }));
}

test('appends of 1 to 40 and of 3,005 entries are stored whole and in order, and the chain verifies', async () => {
  const embedded = !process.env.TEST_DATABASE_URL;
  const sent = embedded ? jest.spyOn(LibSqlThread.prototype, 'query') : null;
  for (const size of SIZES) {
    await (database.orm.em.fork() as EntityManager).transactional(tx => appendAuditEntries(tx as EntityManager, reads(`append-${size}`, size)));
  }
  const total = SIZES.reduce((sum, size) => sum + size, 0);
  const entries = await auditEntries(database.orm.em.fork() as EntityManager);
  expect(entries.map(entry => entry.sequence)).toEqual(Array.from({ length: total }, (_value, index) => index + 1));
  let next = 0;
  for (const size of SIZES) {
    const appended = entries.slice(next, next + size);
    expect(appended.map(entry => [entry.requestId, entry.subjectId])).toEqual(reads(`append-${size}`, size).map(read => [read.requestId, read.subjectId]));
    next += size;
  }
  expect(entries[0].at.toISOString()).toBe('2026-11-28T04:00:00.000Z');
  expect(await verifyAuditChain(database.orm.em.fork() as EntityManager)).toEqual({ verified: true, entries: total, firstBrokenSequence: null });
  if (sent) {
    // Rows per INSERT are powers of two: 1–40 use 1, 2, 4, 8, 16 and 32; 3,005 = 2,048 + 512 + 256 + 128 + 32 + 16 + 8 + 4 + 1.
    const texts = new Set(sent.mock.calls.map(([, sql]) => sql).filter(sql => /^insert into/i.test(sql)));
    expect(texts.size).toBe(10);
    sent.mockRestore();
  }
});
