import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { DisputeLead } from './dispute-lead.entity';

@ObjectType({ description: 'A page of dispute leads (线索列表)' })
export class DisputeLeadConnection extends Connection(DisputeLead) {}
