import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { MAX_LINKED_HOUSEHOLDS, MIN_LINKED_HOUSEHOLDS } from './central-household.entity';

@ArgsType()
export class CentralHouseholdsArgs extends ConnectionArgs {}

@InputType({ description: "A member's household to designate as a central household (认定党员中心户)" })
export class DesignateCentralHouseholdInput {
  @Field(_type => ID, { description: 'Member whose household it is (党员)' })
  @IsUUID()
  memberId!: string;

  @Field(_type => [ID], { description: `Nearby households it links, ${MIN_LINKED_HOUSEHOLDS}–${MAX_LINKED_HOUSEHOLDS}, in the same compound (联系户)` })
  @ArrayMinSize(MIN_LINKED_HOUSEHOLDS)
  @ArrayMaxSize(MAX_LINKED_HOUSEHOLDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  linkedHouseholdIds!: string[];
}
