import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Resident`, as elderly sees it: only its key; elderly contributes fields to it. */
@ObjectType({ description: 'Resident (居民); personal fields are masked unless your role and scope allow them' })
@Directive('@key(fields: "id")')
export class Resident {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a resident id, as a reference for the gateway to resolve in grids. */
export function residentRef(id: string): Resident;
export function residentRef(id: string | null): Resident | null;
export function residentRef(id: string | null): Resident | null {
  return id === null ? null : { id };
}
