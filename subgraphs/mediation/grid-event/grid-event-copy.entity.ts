import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What mediation knows of a grid event (DESIGN: domain events): its id and where it happened,
 * copied from the grids subgraph's events, never edited by hand. A case registered "from grid
 * event E" must find E here; an unknown id is BAD_USER_INPUT, not a guess.
 */
@Entity({ tableName: 'grid_event_copy' })
export class GridEventCopy {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Grids' event category (事件类别), by id. */
  @Property({ type: 'uuid', index: true })
  categoryId!: string;

  /** Its state in grids as last heard (事件状态): a merged duplicate is no event to mediate. */
  @Property({ type: 'string' })
  state!: string;

  @Property({ type: 'uuid', index: true })
  gridId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'datetime' })
  reportedAt!: Date;
}
