import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { MeetingResolution } from './meeting-resolution.entity';

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, {
  name: 'VoteChoice',
  description: 'A vote (表决意见)',
  valuesConfig: { FOR: { description: 'For (赞成)' }, AGAINST: { description: 'Against (反对)' }, ABSTAIN: { description: 'Abstain (弃权)' } },
});

/** One participant's vote on a resolution: the unique constraint is what stops a second vote. */
@Entity()
@Unique({ properties: ['resolutionId', 'participantId'] })
export class ResolutionVote {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => MeetingResolution, mapToPk: true, fieldName: 'resolution_id' })
  resolutionId!: string;

  @Property({ type: 'uuid', index: true })
  participantId!: string;

  @Enum({ items: () => VoteChoice })
  choice!: VoteChoice;

  @Property({ type: 'datetime' })
  castAt: Date = new Date();
}
