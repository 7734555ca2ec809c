import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Building } from './building.entity';

@ObjectType({ description: 'A page of buildings (楼栋列表)' })
export class BuildingConnection extends Connection(Building) {}
