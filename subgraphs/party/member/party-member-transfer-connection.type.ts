import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PartyMemberTransfer } from './member-transfer.entity';

@ObjectType({ description: 'A page of organisational transfers (组织关系转接记录)' })
export class PartyMemberTransferConnection extends Connection(PartyMemberTransfer) {}
