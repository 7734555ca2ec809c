import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TerritoryLevel } from '../../../kit/territory/territory-level';

registerEnumType(TerritoryLevel, { name: 'TerritoryLevel', description: 'Level of a place in the territorial tree (层级)' });

@ObjectType({ description: 'One node of the territorial tree with the ids of its ancestors, for the territory copy each service subgraph keeps (属地索引)' })
export class TerritoryPlace {
  @Field(_type => ID, { description: 'Id of the subdistrict, community, compound, building, household or resident' })
  id!: string;

  @Field(_type => TerritoryLevel, { description: 'What the id is (层级)' })
  level!: TerritoryLevel;

  @Field(_type => ID, { description: 'Subdistrict (街道)' })
  subdistrictId!: string;

  @Field(_type => ID, { nullable: true, description: 'Community (社区); null for a subdistrict' })
  communityId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Compound (小区); null above compounds' })
  compoundId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Building (楼栋); null above buildings' })
  buildingId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Household (户); null above households' })
  householdId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Grid (网格) of the building; null above buildings' })
  gridId!: string | null;
}
