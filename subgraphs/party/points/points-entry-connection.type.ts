import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PointsEntry } from './points-entry.entity';

@ObjectType({ description: 'A page of points entries (积分记录列表)' })
export class PointsEntryConnection extends Connection(PointsEntry) {}
