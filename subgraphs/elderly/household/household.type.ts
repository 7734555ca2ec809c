import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Household`, as elderly sees it: only its key; elderly contributes fields to it. */
@ObjectType({ description: 'Household (户), addressed as building-unit-room, e.g. 48-2-604' })
@Directive('@key(fields: "id")')
export class Household {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a household id, as a reference for the gateway to resolve in grids. */
export function householdRef(id: string): Household;
export function householdRef(id: string | null): Household | null;
export function householdRef(id: string | null): Household | null {
  return id === null ? null : { id };
}
