import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { v4 as uuidv4 } from 'uuid';
import { Resident } from './resident.entity';

/** A resident's move between households, kept so a household's history can be traced (迁移记录). */
@Entity()
export class ResidentMove {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id', index: true })
  residentId!: string;

  @Property({ type: 'uuid', index: true })
  fromHouseholdId!: string;

  @Property({ type: 'uuid', index: true })
  toHouseholdId!: string;

  /** Token subject of whoever recorded the move. */
  @Property({ type: 'string' })
  movedBy!: string;

  @Property({ type: 'datetime' })
  movedAt: Date = new Date();
}
