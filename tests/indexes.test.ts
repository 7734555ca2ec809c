import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ReferenceKind, type EntityMetadata, type MikroORM } from '@mikro-orm/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { openDatabase } from '../kit/orm/orm-options';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';

/**
 * At city scale (2.29M residents) a column the API looks rows up by, without an index that starts
 * with it, is a sequential scan on every request. Every foreign key (a relation, or an `…Id` uuid
 * naming another subgraph's row) and every column a `where` filter of the API maps to must lead an
 * index in the schema the committed migrations create on PostgreSQL.
 *
 * The filters are found, not listed: every `export function xFilter(where: XWhere …): FilterQuery<E>`
 * under subgraphs/ is called with every field of `XWhere` set (read from the GraphQL schema), and the
 * properties of `E` its conditions name are the filter's columns. A `…Where` input without such a
 * function fails the first test: its columns could not be checked.
 */

interface FilterFunction {
  readonly file: string;
  readonly name: string;
  readonly whereType: string;
  readonly entity: string;
}

const FILTER_SIGNATURE = /export function (\w+)\(where: (\w+) = \{\}[^\n]*?\): FilterQuery<(\w+)>/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
  );
}

function filterFunctions(subgraph: string): FilterFunction[] {
  return sourceFiles(join(projectRoot(), 'subgraphs', subgraph)).flatMap(file =>
    [...readFileSync(file, 'utf8').matchAll(FILTER_SIGNATURE)].map(([, name, whereType, entity]) => ({ file, name, whereType, entity })),
  );
}

/** A value of `type` that a filter acts on: the first enum value, a uuid, 1, a date … */
function sample(type: GraphQLInputType, flag: boolean): unknown {
  if (isNonNullType(type)) return sample(type.ofType, flag);
  if (isListType(type)) return [sample(type.ofType, flag)];
  if (isInputObjectType(type)) return sampleWhere(type, flag);
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (getNamedType(type).name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return flag;
    case 'DateTimeISO':
      return new Date('2026-01-01T00:00:00Z');
    default:
      return '2026-01-01';
  }
}

/** Every field of the input set; booleans all `flag`, as `true` and `false` may name different columns. */
function sampleWhere(type: GraphQLInputObjectType, flag: boolean): Record<string, unknown> {
  return Object.fromEntries(Object.values(type.getFields()).map(field => [field.name, sample(field.type, flag)]));
}

/** The entity properties a MikroORM condition names, through `$and`/`$or`/`$not` and operator objects. */
function propertiesIn(condition: unknown): string[] {
  if (Array.isArray(condition)) return condition.flatMap(propertiesIn);
  if (!condition || typeof condition !== 'object' || condition instanceof Date) return [];
  return Object.entries(condition).flatMap(([key, value]) => (key.startsWith('$') ? propertiesIn(value) : [key]));
}

/** Columns of `meta` that reference a row: relations' foreign keys and uuid columns named `…Id`. */
function foreignKeyColumns(meta: EntityMetadata): string[] {
  return meta.props
    .filter(
      prop =>
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner) ||
        (prop.kind === ReferenceKind.SCALAR && !prop.primary && prop.name.endsWith('Id') && prop.type === 'uuid' && prop.persist !== false),
    )
    .map(prop => prop.fieldNames[0]);
}

describe.each(subgraphs.map(entry => [entry.name, entry] as const))('%s', (name, { definition }) => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = (await definition.buildSchema()).schema;
  });

  it('reads every `…Where` filter input through a filter function this test can call', () => {
    const handled = new Set(filterFunctions(name).map(filter => filter.whereType));
    const inputs = Object.values(schema.getTypeMap())
      .filter(type => isInputObjectType(type) && type.name.endsWith('Where'))
      .map(type => type.name);
    expect(inputs.filter(input => !handled.has(input))).toEqual([]);
  });

  const serverUrl = process.env.TEST_DATABASE_URL;
  const onPostgres = serverUrl ? it : it.skip;

  onPostgres(
    'has an index leading with every foreign key and every filtered column',
    async () => {
      const database = `test_indexes_${name}_${randomUUID().slice(0, 8)}`;
      const url = new URL(serverUrl!);
      url.pathname = `/${database}`;
      const orm: MikroORM = await openDatabase({
        entities: definition.entities,
        migrations: definition.migrations,
        location: { kind: 'postgresql', url: url.toString() },
      });
      try {
        const leading: { table_name: string; column_name: string }[] = await orm.em.getConnection().execute(`
        select t.relname as table_name, a.attname as column_name
        from pg_index i
        join pg_class t on t.oid = i.indrelid
        join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
        join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]`);
        const indexed = new Set(leading.map(row => `${row.table_name}.${row.column_name}`));
        const metadata = Object.values(orm.getMetadata().getAll()).filter(meta => !meta.embeddable && !meta.virtual);

        const required = new Map<string, string>();
        for (const meta of metadata) {
          for (const column of foreignKeyColumns(meta)) required.set(`${meta.tableName}.${column}`, 'foreign key');
        }
        for (const filter of filterFunctions(name)) {
          const meta = metadata.find(candidate => candidate.className === filter.entity)!;
          const whereType = schema.getType(filter.whereType) as GraphQLInputObjectType;
          const build = (await import(filter.file))[filter.name] as (where: Record<string, unknown>) => unknown;
          const properties = new Set([true, false].flatMap(flag => propertiesIn(build(sampleWhere(whereType, flag)))));
          for (const property of properties) {
            const prop = meta.properties[property as keyof typeof meta.properties];
            required.set(`${meta.tableName}.${prop.fieldNames[0]}`, `${filter.name} (${relative(projectRoot(), filter.file)})`);
          }
        }
        const missing = [...required].filter(([column]) => !indexed.has(column)).map(([column, why]) => `${column}: ${why}`);
        expect(missing).toEqual([]);
      } finally {
        await orm.schema.dropDatabase(database);
        await orm.close(true);
      }
    },
    120_000,
  );
});
