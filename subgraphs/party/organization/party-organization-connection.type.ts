import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PartyOrganization } from './organization.entity';

@ObjectType({ description: 'A page of party organisations (党组织列表)' })
export class PartyOrganizationConnection extends Connection(PartyOrganization) {}
