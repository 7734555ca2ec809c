import { statSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlPlatform } from '@mikro-orm/libsql';
import type { Logger } from 'pino';

/** The identity of a file on disk: a file deleted and created anew at the same path has another. */
function fileIdentity(file: string): string | null {
  try {
    const { dev, ino } = statSync(file);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/**
 * Readiness of a subgraph's database, checked against what serves requests.
 * - PostgreSQL: a round trip on the pool (`select 1`).
 * - embedded libSQL: `select 1` never reads the file, and a deleted file stays readable through the
 *   descriptor the process holds, so the probe checks that the file it opened is still at its path
 *   (not deleted, not replaced) and runs a query that reads the file's first page, which fails on a
 *   file that is no longer a database.
 */
export function databaseReadiness(orm: MikroORM, log: Logger): () => Promise<boolean> {
  if (!(orm.config.getPlatform() instanceof LibSqlPlatform)) return () => orm.isConnected();
  const file = orm.config.get('dbName')!;
  if (file === ':memory:') return () => orm.isConnected();
  const opened = fileIdentity(file);
  return async () => {
    const now = fileIdentity(file);
    if (now !== opened) {
      log.error({ file }, now === null ? 'database file is missing' : 'database file was replaced since the service opened it');
      return false;
    }
    try {
      await (orm.em as EntityManager).getConnection().execute('select count(*) as tables from sqlite_master');
      return true;
    } catch (error) {
      log.error({ err: error, file }, 'database file does not answer');
      return false;
    }
  };
}
