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

  @Property({ type: 'string' })
  categoryCode!: string;

  @Property({ type: 'uuid' })
  gridId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid' })
  subdistrictId!: string;

  @Property({ type: 'datetime' })
  reportedAt!: Date;
}
