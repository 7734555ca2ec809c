import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Building`, as party sees it: only its key; party contributes fields to it. */
@ObjectType({ description: 'Building (楼栋), the smallest governance unit (最小单元)' })
@Directive('@key(fields: "id")')
export class Building {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a building id, as a reference for the gateway to resolve in grids. */
export function buildingRef(id: string): Building;
export function buildingRef(id: string | null): Building | null;
export function buildingRef(id: string | null): Building | null {
  return id === null ? null : { id };
}
