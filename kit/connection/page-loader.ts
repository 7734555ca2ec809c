import type { EntityMetadata, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { LoaderFamily } from '../loader-family';
import { readRows } from '../orm/bound-reads';
import { rowReader } from '../orm/plain-rows';
import { quickReadOf } from '../orm/quick-read';
import { offsetConnection, SortDirection, type ConnectionValue } from './connection';

/** One page of one list: the typed filter already translated to MikroORM, and where it starts. */
export interface PageQuery<T> {
  readonly where: FilterQuery<T>;
  /** Entity property names; the primary key is always appended so pages are stable. */
  readonly orderBy: readonly (readonly [property: string, direction: SortDirection])[];
  readonly first: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly totalCount: number;
  readonly offset: number;
  readonly first: number;
}

/** Key used for root lists, which have no parent. */
const ROOT = '';
const RANK = 'page_rank';
const TOTAL = 'page_total';

/** A page statement's SQL and bindings, with the parents' ids left to fill in. */
interface PageStatement {
  readonly sql: string;
  readonly bindings: readonly unknown[];
  /** For each binding, the index of the parent id it takes, or -1 for a binding of the filter or the window. */
  readonly parentSlots: readonly number[];
}

/**
 * Page statements kept per entity. A list asked the same way (same filter, order, window and number
 * of parents) has the same SQL whatever the parents are: built once through MikroORM's query builder
 * and knex, which cost more than the rest of a building's households page. Least recently used
 * dropped first: a search box makes a new filter per text.
 */
const STATEMENTS_PER_ENTITY = 200;
const statements = new WeakMap<EntityMetadata, Map<string, PageStatement>>();

/** Stands for parent `index` while a statement is built; never sent to the database. */
const placeholderId = (index: number) => `\u0000parent:${index}`;

/**
 * The statement of a page for `parentCount` parents, its parents' ids standing as placeholders.
 * Windowed: a window function numbers each parent's rows, and each parent's first row is always
 * returned so its `totalCount` is known even past its end. Not windowed (`fewPerParent` lists): every
 * row of the parents, in the list's order, numbered and counted by `loadPages` — SQLite's window
 * and the sorts around it cost more than the few rows past the window (bench/RESULTS.md).
 */
function buildPageStatement<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  parentProperty: string | null,
  parentCount: number,
  query: PageQuery<T>,
  windowed: boolean,
): PageStatement {
  const properties = meta.properties as Record<string, { fieldNames: string[] }>;
  const columnOf = (property: string) => `e.${properties[property].fieldNames[0]}`;
  const placeholders = Array.from({ length: parentCount }, (_, index) => placeholderId(index));
  const where = parentProperty ? ({ $and: [query.where, { [parentProperty]: { $in: placeholders } }] } as FilterQuery<T>) : query.where;

  const knex = em.getKnex();
  const order = [...query.orderBy, ...meta.primaryKeys.map(key => [key, SortDirection.ASC] as const)];
  const orderSql = order.map(([, direction]) => `?? ${direction === SortDirection.DESC ? 'desc' : 'asc'}`).join(', ');
  const orderBindings = order.map(([property]) => columnOf(property));
  const partitionSql = parentProperty ? 'partition by ??' : '';
  const partitionBindings = parentProperty ? [columnOf(parentProperty)] : [];

  const inner = em.createQueryBuilder(meta.className, 'e').select('e.*').where(where).getKnexQuery();
  let statement: Knex.QueryBuilder;
  if (windowed) {
    inner.select(
      knex.raw(`row_number() over (${partitionSql} order by ${orderSql}) as ${RANK}`, [...partitionBindings, ...orderBindings]),
      knex.raw(`count(*) over (${partitionSql}) as ${TOTAL}`, partitionBindings),
    );
    statement = knex
      .select('*')
      .from(inner.as('page'))
      .where(range => range.where(RANK, '>', query.offset).andWhere(RANK, '<=', query.offset + query.first + 1))
      .orWhere(RANK, 1)
      .orderBy(RANK);
  } else {
    statement = inner.orderByRaw(orderSql, orderBindings);
  }
  const { sql, bindings } = statement.toSQL();
  const parentSlots = bindings.map(binding => placeholders.indexOf(binding as string));
  // Each parent must be one binding as it was given (a parent column whose type converts ids would break this).
  if (placeholders.some((_, index) => parentSlots.filter(slot => slot === index).length !== 1)) {
    throw new Error(`${meta.className}.${parentProperty}: a page statement must bind each parent id once, as it is`);
  }
  return { sql, bindings, parentSlots };
}

/** The kept statement for `shape` (the list's filter, order and window as text), built on first use. */
function pageStatement<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  parentProperty: string | null,
  parentCount: number,
  query: PageQuery<T>,
  shape: string,
  windowed: boolean,
): PageStatement {
  let kept = statements.get(meta as EntityMetadata);
  if (!kept) statements.set(meta as EntityMetadata, (kept = new Map()));
  const key = `${parentProperty}:${parentCount}:${windowed}:${shape}`;
  let statement = kept.get(key);
  if (statement) kept.delete(key);
  else {
    statement = buildPageStatement(em, meta, parentProperty, parentCount, query, windowed);
    if (kept.size >= STATEMENTS_PER_ENTITY) kept.delete(kept.keys().next().value!);
  }
  // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
  kept.set(key, statement);
  return statement;
}

/**
 * Loads the same page of a list for many parents in **one** SQL statement, so `households(first: 20)`
 * under 500 buildings costs one query (`buildPageStatement`). `shape` is `queryKey(query)`, when the
 * caller has it already. `fewPerParent`: see `PageLoaders.childrenOf`.
 */
export async function loadPages<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parentProperty: string | null,
  parentIds: readonly string[],
  query: PageQuery<T>,
  shape: string = queryKey(query),
  fewPerParent = false,
): Promise<Page<T>[]> {
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const parentColumn = parentProperty ? (meta.properties as Record<string, { fieldNames: string[] }>)[parentProperty].fieldNames[0] : null;
  // A root list, or one that grows with time or place, is windowed in SQL; a few rows per parent are numbered here.
  const windowed = !(fewPerParent && parentProperty);
  const statement = pageStatement(em, meta, parentProperty, parentProperty ? parentIds.length : 0, query, shape, windowed);
  const bindings = statement.bindings.map((binding, index) => (statement.parentSlots[index] < 0 ? binding : parentIds[statement.parentSlots[index]]));
  const sql = fewPerParent ? quickReadOf(statement.sql, parentIds.length) : statement.sql;
  const rows = await readRows(em, sql, bindings);
  // Pages are read to answer, never to change: plain rows, not managed entities (kit/orm/plain-rows.ts).
  const read = rowReader<T>(em, meta);

  const pages = new Map<string, { items: T[]; totalCount: number }>((parentProperty ? parentIds : [ROOT]).map(id => [id, { items: [], totalCount: 0 }]));
  const last = query.offset + query.first + 1;
  // The reader takes the entity's columns and leaves the rank and total: no copy of the row without them.
  for (const row of rows) {
    const page = pages.get(parentColumn ? String(row[parentColumn]) : ROOT);
    if (!page) continue;
    let rank: number;
    if (windowed) {
      rank = Number(row[RANK]);
      page.totalCount = Number(row[TOTAL]);
    } else {
      rank = ++page.totalCount;
    }
    if (rank > query.offset && rank <= last) page.items.push(read(row));
  }
  return (parentProperty ? parentIds : [ROOT]).map(id => {
    const page = pages.get(id)!;
    return { ...page, offset: query.offset, first: query.first };
  });
}

/** A page as a Relay connection; the extra row fetched tells whether a next page exists. */
export function toConnection<T>(page: Page<T>): ConnectionValue<T> {
  return offsetConnection(page.items.slice(0, page.first), page.offset, page.totalCount, page.items.length > page.first);
}

/**
 * Text for a query so equal arguments share one loader (and one kept statement). Plain
 * `JSON.stringify`, run once per parent (each household's `residents`): a filter built by the same
 * code has its keys in the same order, and one built with another order only costs a loader of its own.
 */
function queryKey(query: PageQuery<unknown>): string {
  return JSON.stringify(query);
}

/**
 * Per-request pagination loaders: one DataLoader per (entity, parent relation, arguments), so
 * every parent asking for the same page of its children is served by one statement.
 */
export class PageLoaders {
  private readonly family = new LoaderFamily<Page<object>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * The page of `entity` rows whose `parentProperty` is `parentId`. `fewPerParent`: the domain bounds
   * each parent's rows to a few hundred (a building's households, a household's residents), so a
   * batch of few parents is a quick read (kit/orm/quick-read.ts), and all of each parent's rows are
   * read and the page cut from them without a window; lists that grow with time or with the place
   * (a district's grid events, a canteen's orders) leave it out.
   */
  childrenOf<T extends object>(
    entity: EntityName<T>,
    parentProperty: string,
    parentId: string,
    query: PageQuery<T>,
    { fewPerParent = false }: { fewPerParent?: boolean } = {},
  ): Promise<ConnectionValue<T>> {
    const name = typeof entity === 'string' ? entity : (entity as { name: string }).name;
    const shape = queryKey(query);
    return this.family
      .get(`${name}.${parentProperty}:${shape}`, ids => loadPages(this.em, entity, parentProperty, ids, query, shape, fewPerParent))
      .load(parentId)
      .then(toConnection);
  }

  /** A page of a root list (no parent). */
  async root<T extends object>(entity: EntityName<T>, query: PageQuery<T>): Promise<ConnectionValue<T>> {
    const [page] = await loadPages(this.em, entity, null, [ROOT], query);
    return toConnection(page);
  }
}
