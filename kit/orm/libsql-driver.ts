import type { Configuration } from '@mikro-orm/core';
import { AbstractSqlDriver } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlPlatform } from '@mikro-orm/libsql';
import { withBoundReads } from './bound-reads';

/** MikroORM's libSQL connection, with reads whose values stay bindings (kit/orm/bound-reads.ts). */
export class BoundLibSqlConnection extends withBoundReads(LibSqlConnection) {}

/** MikroORM's `LibSqlDriver` on `BoundLibSqlConnection`. */
export class BoundLibSqlDriver extends AbstractSqlDriver<BoundLibSqlConnection, LibSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new LibSqlPlatform(), BoundLibSqlConnection, ['knex', 'libsql']);
  }
}
