import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Compound } from './compound.entity';

@ObjectType({ description: 'A page of compounds (小区列表)' })
export class CompoundConnection extends Connection(Compound) {}
