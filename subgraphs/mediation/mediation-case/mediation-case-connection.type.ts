import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { MediationCase } from './mediation-case.entity';

@ObjectType({ description: 'A page of mediation cases (调解案件列表)' })
export class MediationCaseConnection extends Connection(MediationCase) {}
