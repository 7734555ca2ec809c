import { Field, ObjectType } from 'type-graphql';
import { PointsEntry } from './points-entry.entity';

@ObjectType({ description: 'Result of submitting or reviewing points (积分申报/审定结果)' })
export class PointsEntryPayload {
  @Field(_type => PointsEntry, { description: 'The points entry (积分记录)' })
  entry!: PointsEntry;
}
