import { Field, ObjectType } from 'type-graphql';
import { ServicePoint } from './service-point.entity';

@ObjectType({ description: 'Result of a command on a service point (服务点操作结果)' })
export class ServicePointPayload {
  @Field(_type => ServicePoint, { description: 'The point as it now stands (服务点)' })
  point!: ServicePoint;
}
