import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { Building } from './building.entity';

/** The two posts a building has, each held by one of its residents. */
export enum BuildingStewardRole {
  STEWARD = 'STEWARD',
  HEAD = 'HEAD',
}
registerEnumType(BuildingStewardRole, {
  name: 'BuildingStewardRole',
  description: 'Post in a building (楼栋岗位)',
  valuesConfig: { STEWARD: { description: 'Building steward (楼门管家)' }, HEAD: { description: 'Building head (楼栋长)' } },
});

/** The column of `Building` holding the current holder of each post. */
export const POST_COLUMN = { [BuildingStewardRole.STEWARD]: 'stewardId', [BuildingStewardRole.HEAD]: 'headId' } as const;

/**
 * One appointment to a building's post, kept for ever: replacing a steward (空位补选, 荣退) adds a row,
 * so who served when can be traced. The current holder is on the building itself.
 */
@ObjectType({ description: 'Appointment of a building steward or head (楼门管家/楼栋长任命记录)' })
@Entity()
@Index({ properties: ['buildingId', 'appointedAt'] })
export class BuildingStewardAppointment {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => Building, mapToPk: true, fieldName: 'building_id' })
  buildingId!: string;

  @Field(_type => BuildingStewardRole, { description: 'Post appointed to (岗位)' })
  @Enum({ items: () => BuildingStewardRole })
  role!: BuildingStewardRole;

  /** The resident appointed. */
  @Property({ type: 'uuid', index: true })
  residentId!: string;

  /** The resident replaced, if the post was held. */
  @Property({ type: 'uuid', nullable: true, index: true })
  previousResidentId: string | null = null;

  /** Token subject of whoever appointed. */
  @Property({ type: 'string' })
  appointedBy!: string;

  @Field({ description: 'When the appointment was made (任命时间)' })
  @Property({ type: 'datetime' })
  appointedAt: Date = new Date();

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', index: true })
  gridId!: string;
}
