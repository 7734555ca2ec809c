import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Household } from './household.entity';

@ObjectType({ description: 'A page of households (住户列表)' })
export class HouseholdConnection extends Connection(Household) {}
