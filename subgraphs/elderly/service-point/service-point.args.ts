import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../../kit/connection/connection';
import { ServicePointStatus } from './service-point-lifecycle';
import { ServicePoint, ServicePointKind } from './service-point.entity';

@ObjectType({ description: 'A page of service points (服务点列表)' })
export class ServicePointConnection extends Connection(ServicePoint) {}

@ArgsType()
export class ServicePointsArgs extends ConnectionArgs {
  @Field(_type => ServicePointKind, { nullable: true, description: 'Only this kind (类型)' })
  @IsOptional()
  @IsEnum(ServicePointKind)
  kind?: ServicePointKind;

  @Field(_type => ServicePointStatus, { nullable: true, description: 'Only open or only closed points (运营状态)' })
  @IsOptional()
  @IsEnum(ServicePointStatus)
  status?: ServicePointStatus;
}
