import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { ServicePost } from './service-post.entity';

@ObjectType({ description: 'A page of service posts (服务岗位列表)' })
export class ServicePostConnection extends Connection(ServicePost) {}
