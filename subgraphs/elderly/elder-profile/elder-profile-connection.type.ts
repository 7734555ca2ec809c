import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { ElderProfile } from './elder-profile.entity';

@ObjectType({ description: 'A page of elder profiles (老人档案列表)' })
export class ElderProfileConnection extends Connection(ElderProfile) {}
