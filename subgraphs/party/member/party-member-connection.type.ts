import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PartyMember } from './member.entity';

@ObjectType({ description: 'A page of party members (党员列表)' })
export class PartyMemberConnection extends Connection(PartyMember) {}
