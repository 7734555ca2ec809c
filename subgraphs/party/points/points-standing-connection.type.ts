import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PointsStanding } from './points-standing.type';

@ObjectType({ description: 'A page of a quarterly ranking (积分排名)' })
export class PointsStandingConnection extends Connection(PointsStanding) {}
