import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Resident } from './resident.entity';

@ObjectType({ description: 'A page of residents (居民列表)' })
export class ResidentConnection extends Connection(Resident) {}
