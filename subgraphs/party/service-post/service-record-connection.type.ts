import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { ServiceRecord } from './service-record.entity';

@ObjectType({ description: 'A page of service records (服务记录列表)' })
export class ServiceRecordConnection extends Connection(ServiceRecord) {}
