import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Entity, PrimaryKey, Property, type MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlThread } from './libsql-thread';
import { openDatabase } from './orm-options';
import { QUICK_READ, QUICK_READ_MAX_KEYS, quickReadOf } from './quick-read';

@Entity()
class Household {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property()
  room!: string;
}

const ROOMS = `${QUICK_READ}select room from household order by room`;

/**
 * Quick reads run on the event loop, on a second connection to the file, only where that gives the
 * same answer as the worker's connection: outside a transaction. Inside one, the transaction's own
 * writes are visible only on its connection. (While a transaction is open no other statement runs at
 * all: the pool has one connection, and the reader is part of it.)
 */
const embedded = process.env.TEST_DATABASE_URL ? describe.skip : describe;

embedded('quick reads of the embedded database', () => {
  let folder: string;
  let file: string;
  let orm: MikroORM;
  let sentToWorker: jest.SpyInstance;
  const em = () => orm.em.fork() as EntityManager;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'quick-read-'));
    file = join(folder, 'grids.db');
    orm = await openDatabase({ entities: [Household], location: { kind: 'embedded', file } });
    await em().execute("insert into household (id, room) values (1, '101')");
    sentToWorker = jest.spyOn(LibSqlThread.prototype, 'query');
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await orm.close(true);
    rmSync(folder, { recursive: true, force: true });
  });

  it('marks a lookup by few keys only', () => {
    expect(quickReadOf('select 1', QUICK_READ_MAX_KEYS)).toBe(`${QUICK_READ}select 1`);
    expect(quickReadOf('select 1', QUICK_READ_MAX_KEYS + 1)).toBe('select 1');
  });

  it('answers a quick read outside a transaction without the worker, and an unmarked read with it', async () => {
    expect(await em().execute(ROOMS)).toEqual([{ room: '101' }]);
    expect(sentToWorker).not.toHaveBeenCalled();
    expect(await em().execute('select room from household')).toEqual([{ room: '101' }]);
    expect(sentToWorker).toHaveBeenCalledTimes(1);
  });

  it('sees what a transaction wrote inside it (on its connection), and what it committed after it', async () => {
    const inside = await em().transactional(async tx => {
      await tx.execute("insert into household (id, room) values (2, '102')");
      return tx.execute(ROOMS);
    });
    expect(inside).toEqual([{ room: '101' }, { room: '102' }]);
    const calls = sentToWorker.mock.calls.length;
    expect(await em().execute(ROOMS)).toEqual([{ room: '101' }, { room: '102' }]);
    expect(sentToWorker).toHaveBeenCalledTimes(calls);
  });

  it('refuses to write through a statement marked as a quick read', async () => {
    await expect(em().execute(`${QUICK_READ}insert into household (id, room) values (4, '104') returning id`)).rejects.toThrow(/readonly|query_only|attempt to write/i);
    expect(await em().execute('select count(*) as households from household')).toEqual([{ households: 1 }]);
  });

  it('never waits for a lock on the event loop: a read that finds a commit in progress goes to the worker, and sees it', async () => {
    // Another connection, on a thread of its own, holds the write lock for 300 ms, as the worker's does while it commits.
    const writer = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const db = new (require(workerData.driver))(workerData.file);
       db.exec("begin exclusive; insert into household (id, room) values (5, '105')");
       parentPort.postMessage('locked');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       db.exec('commit');
       db.close();`,
      { eval: true, workerData: { driver: require.resolve('libsql'), file } },
    );
    const exited = new Promise(resolve => writer.once('exit', resolve));
    await new Promise(resolve => writer.once('message', resolve));
    // A reader that waited for the lock would answer on the event loop after 300 ms, and never ask the worker.
    expect(await em().execute(ROOMS)).toEqual([{ room: '101' }, { room: '105' }]);
    expect(sentToWorker).toHaveBeenCalledTimes(1);
    await exited;
  });

  it('keeps every commit and every read while both connections work at once', async () => {
    const writes = Array.from({ length: 40 }, (_, index) =>
      em().transactional(tx => tx.execute(`insert into household (id, room) values (${100 + index}, '${1000 + index}')`)),
    );
    const reads = Array.from({ length: 200 }, () => em().execute(ROOMS));
    const settled = await Promise.allSettled([...writes, ...reads]);
    expect(settled.filter(result => result.status === 'rejected')).toEqual([]);
    expect(await em().execute('select count(*) as households from household')).toEqual([{ households: 41 }]);
  });
});
