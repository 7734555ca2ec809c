import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { encodeCursor } from './cursor';

/** Page size limits for every list (DESIGN: first ≤ 100, default 20). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list (分页信息)' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'More items follow this page' })
  hasNextPage!: boolean;

  @Field({ description: 'Items come before this page' })
  hasPreviousPage!: boolean;

  @Field(_type => String, { nullable: true, description: 'Cursor of the first item' })
  startCursor!: string | null;

  @Field(_type => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page' })
  endCursor!: string | null;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort direction (排序方向)' });

/** `first`/`after` of every list; subgraphs extend it with a typed `where` and `orderBy`. */
@ArgsType()
export class ConnectionArgs {
  @Field(_type => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1–${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(_type => String, { nullable: true, description: 'Cursor after which the page starts' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** The plain value a connection field resolves to. */
export interface ConnectionValue<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * An item of an offset-paged list. Its cursor is encoded when read: most operations ask for the
 * nodes alone, and a community's answer holds thousands of edges.
 */
class OffsetEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }
}

/** Where an offset-paged page sits; its cursors are encoded when read, as the edges' are. */
class OffsetPageInfo implements PageInfo {
  constructor(
    private readonly offset: number,
    private readonly count: number,
    readonly hasNextPage: boolean,
  ) {}

  get hasPreviousPage(): boolean {
    return this.offset > 0;
  }

  get startCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.offset) : null;
  }

  get endCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.offset + this.count - 1) : null;
  }
}

/** The connection of `items`, the page of a list that starts at `offset` (kit's SQL-paged lists and lists paged in memory alike). */
export function offsetConnection<T>(items: readonly T[], offset: number, totalCount: number, hasNextPage: boolean): ConnectionValue<T> {
  return { edges: items.map((node, index) => new OffsetEdge(node, offset + index)), totalCount, pageInfo: new OffsetPageInfo(offset, items.length, hasNextPage) };
}

/**
 * Relay connection for `node`: `class HouseholdConnection extends Connection(Household) {}` gives
 * `HouseholdConnection` and `HouseholdEdge`. `shareable` marks the edge `@shareable`, for a kit type
 * every subgraph declares alike (the audit trail's entries); the subclass adds its own `@Directive('@shareable')`.
 */
export function Connection<T extends object>(node: ClassType<T>, description?: string, { shareable = false }: { shareable?: boolean } = {}) {
  @ObjectType(`${node.name}Edge`, { description: `An item of a list of ${node.name}` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item' })
    cursor!: string;

    @Field(_type => node, { description: 'The item' })
    node!: T;
  }

  @ObjectType({ description })
  abstract class ConnectionType {
    @Field(_type => [EdgeType], { description: 'The items of this page, each with its cursor' })
    edges!: EdgeType[];

    @Field(_type => PageInfo, { description: 'Where this page sits in the list' })
    pageInfo!: PageInfo;

    @Field(_type => Int, { description: 'Items matching the filter, over all pages' })
    totalCount!: number;
  }
  if (shareable) Directive('@shareable')(EdgeType);
  return ConnectionType;
}
