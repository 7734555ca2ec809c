import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Building`: property only points at it (a suggestion raised by a building). */
@ObjectType({ description: 'Building (楼栋), the smallest governance unit (最小单元)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Building {
  @Field(_type => ID)
  id!: string;
}

export function buildingRef(id: string | null): Building | null {
  return id === null ? null : { id };
}
