import { IsEnum, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BuildingStewardRole } from './building-steward-appointment.entity';

@InputType({ description: 'Appoint a resident steward or head of the building they live in (选聘楼门管家/楼栋长)' })
export class AppointBuildingStewardInput {
  @Field(_type => ID, { description: 'Building (楼栋)' })
  @IsUUID()
  buildingId!: string;

  @Field(_type => ID, { description: 'Resident appointed; must live in the building (本楼居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => BuildingStewardRole, { description: 'Post: steward (楼门管家) or head (楼栋长)' })
  @IsEnum(BuildingStewardRole)
  role!: BuildingStewardRole;
}
