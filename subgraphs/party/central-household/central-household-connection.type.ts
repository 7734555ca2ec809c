import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { CentralHousehold } from './central-household.entity';

@ObjectType({ description: 'A page of central households (党员中心户列表)' })
export class CentralHouseholdConnection extends Connection(CentralHousehold) {}
