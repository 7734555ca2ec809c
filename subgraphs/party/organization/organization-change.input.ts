import { IsEnum, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { PartyOrganizationLevel } from './organization.entity';

@InputType({ description: 'Rename a party organisation (党组织更名)' })
export class RenamePartyOrganizationInput {
  @Field(_type => ID, { description: 'Organisation (党组织)' })
  @IsUUID()
  organizationId!: string;

  @Field({ description: 'New name, 2–50 characters (新名称)' })
  @MinLength(2)
  @MaxLength(50)
  @IsPlainText()
  name!: string;
}

@InputType({ description: 'Appoint or replace the secretary of a party organisation (任免书记)' })
export class AppointPartySecretaryInput {
  @Field(_type => ID, { description: 'Organisation (党组织)' })
  @IsUUID()
  organizationId!: string;

  @Field(_type => ID, { description: 'Member appointed; must belong to the organisation or one beneath it (本组织党员)' })
  @IsUUID()
  memberId!: string;
}

@InputType({ description: 'Set up a party organisation under another (成立党组织): a branch of a compound or grid, a group of a building or grid' })
export class SetUpPartyOrganizationInput {
  @Field(_type => ID, { description: 'Parent organisation (上级党组织)' })
  @IsUUID()
  parentId!: string;

  @Field(_type => PartyOrganizationLevel, { description: 'Level: BRANCH (党支部) or GROUP (党小组)' })
  @IsEnum(PartyOrganizationLevel)
  level!: PartyOrganizationLevel;

  @Field(_type => ID, { description: 'Place it is attached to: a compound or grid for a branch, a building or grid for a group (所属小区/楼栋/网格)' })
  @IsUUID()
  attachedId!: string;

  @Field({ description: 'Name, 2–50 characters (组织名称)' })
  @MinLength(2)
  @MaxLength(50)
  @IsPlainText()
  name!: string;
}

@InputType({ description: 'Merge one party organisation into another of the same level and community (党组织合并, 联建)' })
export class MergePartyOrganizationsInput {
  @Field(_type => ID, { description: 'Organisation merged, which stops standing (被合并的党组织)' })
  @IsUUID()
  organizationId!: string;

  @Field(_type => ID, { description: 'Organisation that stands on, taking in the members, children and place (合并后存续的党组织)' })
  @IsUUID()
  intoId!: string;

  @Field({ description: 'Reason, 2–200 characters (合并原因)' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  reason!: string;
}

@InputType({ description: 'Dissolve a party organisation with no members, organisations or central households left (撤销党组织)' })
export class DissolvePartyOrganizationInput {
  @Field(_type => ID, { description: 'Organisation (党组织)' })
  @IsUUID()
  organizationId!: string;

  @Field({ description: 'Reason, 2–200 characters (撤销原因)' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  reason!: string;
}
