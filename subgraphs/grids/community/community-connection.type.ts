import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Community } from './community.entity';

@ObjectType({ description: 'A page of communities (社区列表)' })
export class CommunityConnection extends Connection(Community) {}
