import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { InServiceCompliance } from './in-service-compliance.type';

@ObjectType({ description: 'A page of in-service compliance (在职党员服务达标情况)' })
export class InServiceComplianceConnection extends Connection(InServiceCompliance) {}
