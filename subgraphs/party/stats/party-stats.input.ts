import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PartyStatsArgs {
  @Field(_type => Int, { nullable: true, description: 'Year of the in-service figures (统计年度); the current year when omitted' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export function statsYear(args: PartyStatsArgs): number {
  return args.year ?? new Date().getUTCFullYear();
}
