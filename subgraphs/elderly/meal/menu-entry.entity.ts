import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v4 as uuidv4 } from 'uuid';

/** One dish on one point's menu of one day; publishing a day's menu replaces its entries. */
@Entity()
@Unique({ properties: ['pointId', 'servedOn', 'dishId'] })
export class MenuEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid' })
  pointId!: string;

  /** YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  servedOn!: string;

  @Property({ type: 'uuid', index: true })
  dishId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
