import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v4 as uuidv4 } from 'uuid';

/**
 * Meals taken at one point on one day: the counter every order moves with one conditional update
 * (`ordered < capacity`), so concurrent tills can never book the 31st meal at a 30-meal point.
 */
@Entity()
@Unique({ properties: ['pointId', 'servedOn'] })
export class MealDay {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid' })
  pointId!: string;

  /** YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  servedOn!: string;

  @Property({ type: 'integer' })
  ordered = 0;
}
