import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v4 as uuidv4 } from 'uuid';
import { Household } from '../household/household.entity';
import { GridWorker } from './grid-worker.entity';

/** Maximum households one grid worker links (联系户: each worker links 10–20). */
export const MAX_LINKED_HOUSEHOLDS = 20;

/** A household a grid worker keeps in personal contact with (联系户). */
@Entity()
@Unique({ properties: ['gridWorkerId', 'householdId'] })
export class LinkedHousehold {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => GridWorker, mapToPk: true, fieldName: 'grid_worker_id' })
  gridWorkerId!: string;

  @ManyToOne({ entity: () => Household, mapToPk: true, fieldName: 'household_id', index: true })
  householdId!: string;

  @Property({ type: 'datetime' })
  linkedAt: Date = new Date();
}
