import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';

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
