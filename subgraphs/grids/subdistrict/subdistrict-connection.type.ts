import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Subdistrict } from './subdistrict.entity';

@ObjectType({ description: 'A page of subdistricts (街道列表)' })
export class SubdistrictConnection extends Connection(Subdistrict) {}
