import { ReferenceKind, type EntityData, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { readRows } from './bound-reads';
import { quickReadOf } from './quick-read';

/** Turns one row of a table, keyed by column, into its entity's properties. */
export type RowReader<T> = (row: Record<string, unknown>) => T;

const readers = new WeakMap<EntityMetadata, RowReader<object>>();

/** A property held in one column whose value needs no other row: scalars, enums, foreign keys mapped to their id. */
function isColumn(prop: EntityProperty): boolean {
  if (prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) return false;
  return prop.kind === ReferenceKind.SCALAR || (prop.kind === ReferenceKind.MANY_TO_ONE && !!prop.mapToPk);
}

/**
 * Rows read for answering only (pages of lists, kit/connection/page-loader.ts; a query's loaders by id
 * or by column, kit/loaders.ts) as plain objects
 * instead of managed entities: no identity map, no change tracking, no per-instance accessors —
 * the bulk of what reading 500 residents cost. Each object still is `instanceof` its entity class
 * and has its getters (`location`), through a prototype that holds the properties as plain data.
 * Values convert as MikroORM's hydrator converts them (booleans from 0/1, dates from numbers or
 * text, custom types through the type). Nothing read this way can be flushed: a mutation's loaders
 * give managed entities (kit/orm/managed-loads.ts). An entity with a property that is not one column
 * (a collection, an embeddable, a reference object) is read by MikroORM as before.
 */
export function rowReader<T extends object>(em: EntityManager, meta: EntityMetadata<T>): RowReader<T> {
  const known = readers.get(meta as EntityMetadata);
  if (known) return known as RowReader<T>;
  const platform = em.getPlatform();
  const props = meta.props.filter(prop => prop.persist !== false && !prop.embedded);
  let reader: RowReader<T>;
  if (!props.every(isColumn)) {
    reader = row => em.map(meta.className, row as EntityData<T>) as T;
  } else {
    // MikroORM puts accessors for each property on the entity's prototype; this one shadows them with plain data.
    const prototype: object = Object.create(meta.prototype as object);
    for (const prop of props) Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: true, configurable: true });
    const columns = props.map(prop => {
      const convert: (value: unknown) => unknown = prop.customType
        ? value => prop.customType!.convertToJSValue(value, platform)
        : prop.runtimeType === 'boolean'
          ? value => !!value
          : prop.runtimeType === 'Date'
            ? value => (value instanceof Date ? value : new Date(value as string | number))
            : value => value;
      return { name: prop.name, column: prop.fieldNames[0], convert };
    });
    reader = row => {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const { name, column, convert } of columns) {
        const value = row[column];
        entity[name] = value === null || value === undefined ? null : convert(value);
      }
      return entity as T;
    };
  }
  readers.set(meta as EntityMetadata, reader as RowReader<object>);
  return reader;
}

/** `select * from <table> where <column> in (`, by table and column: built once, not a query builder per batch. */
const heads = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * The rows of `meta`'s table whose `property` is one of `values`, read by `rowReader`: one statement
 * through `readRows` (so inside the request's transaction, and on a replica where reads go to one),
 * a quick read when the values are few (kit/orm/quick-read.ts).
 */
export async function plainRowsWhereIn<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  property: string,
  values: readonly string[],
): Promise<T[]> {
  let byColumn = heads.get(meta as EntityMetadata);
  if (!byColumn) heads.set(meta as EntityMetadata, (byColumn = new Map()));
  let head = byColumn.get(property);
  if (!head) {
    const platform = em.getPlatform();
    const column = (meta.properties as Record<string, EntityProperty>)[property].fieldNames[0];
    head = `select * from ${platform.quoteIdentifier(meta.tableName)} where ${platform.quoteIdentifier(column)} in (`;
    byColumn.set(property, head);
  }
  const rows = await readRows(em, quickReadOf(`${head}${values.map(() => '?').join(', ')})`, values.length), values);
  return rows.map(rowReader(em, meta));
}
