import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity, ManyToOne, PrimaryKey, type MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { openDatabase } from './orm-options';

@Entity()
class Compound {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

@Entity()
class Building {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Compound, fieldName: 'compound_id' })
  compound!: Compound;
}

/**
 * MikroORM's libSQL dialect renews a file database's pooled connection once it is 10 s old, and
 * MikroORM turns foreign keys on (`pragma foreign_keys = on`) only once, on the connection it
 * opens first. A renewed connection enforces them all the same because libSQL turns them on for
 * every connection it opens (SQLite itself leaves them off): this pins that, should the driver or
 * its build change. The only other pragma set per connection is the busy timeout, by the dialect on
 * each connection it opens (kit/orm/quick-reader.ts); the cache size is the driver's default and the
 * journal mode is kept in the file.
 */
const embedded = process.env.TEST_DATABASE_URL ? describe.skip : describe;

embedded('the embedded database\'s pooled connection', () => {
  let folder: string;
  let orm: MikroORM;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pooled-connection-'));
    orm = await openDatabase({ entities: [Compound, Building], location: { kind: 'embedded', file: join(folder, 'grids.db') } });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await orm.close(true);
    rmSync(folder, { recursive: true, force: true });
  });

  it('still refuses a row whose foreign key points nowhere after the pool renewed the connection', async () => {
    const connection = (orm.em as EntityManager).getConnection();
    // A temporary table lives only as long as its connection: it shows when the connection is a new one.
    await connection.execute('create temp table first_connection (id integer)');
    const opened = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(opened + 11_000);
    await expect(connection.execute('select * from temp.first_connection')).rejects.toThrow(/no such table/);
    await expect(connection.execute('insert into building (id, compound_id) values (1, 404)')).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });
});
