import type { FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { OrderByInput, sortKeys, type OrderBy } from '../../../kit/connection/order-by';
import { containing } from '../../../kit/connection/page-query';
import { IsPlainText } from '../../../kit/personal/validators';
import { Community, CommunityKind } from './community.entity';

@InputType({ description: 'Filter for communities' })
export class CommunityWhere {
  @Field(_type => ID, { nullable: true, description: 'Only this subdistrict' })
  @IsOptional()
  @IsUUID()
  subdistrictId?: string;

  @Field(_type => CommunityKind, { nullable: true })
  kind?: CommunityKind;

  @Field({ nullable: true, description: 'Name contains this text' })
  @IsOptional()
  @MaxLength(50)
  @IsPlainText()
  nameContains?: string;
}

export enum CommunityOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(CommunityOrderField, { name: 'CommunityOrderField', description: 'Sort keys for communities' });
export const CommunityOrderBy = OrderByInput('Community', CommunityOrderField, CommunityOrderField.CODE);

@ArgsType()
export class CommunitiesArgs extends ConnectionArgs {
  @Field(_type => CommunityWhere, { nullable: true })
  @ValidateNested()
  where?: CommunityWhere;

  @Field(_type => CommunityOrderBy, { nullable: true })
  orderBy?: OrderBy<CommunityOrderField>;
}

export function communityFilter(where: CommunityWhere = {}): FilterQuery<Community> {
  return {
    ...(where.subdistrictId && { subdistrictId: where.subdistrictId }),
    ...(where.kind && { kind: where.kind }),
    ...(where.nameContains && { name: containing(where.nameContains) }),
  };
}

export function communityOrder(orderBy?: OrderBy<CommunityOrderField>) {
  return sortKeys(orderBy, { CODE: ['code'], NAME: ['name'] }, CommunityOrderField.CODE);
}
