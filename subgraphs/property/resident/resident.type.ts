import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Resident`, as property sees it: only its key; property contributes fields to it. */
@ObjectType({ description: 'Resident (居民); personal fields are masked unless your role and scope allow them' })
@Directive('@key(fields: "id")')
export class Resident {
  @Field(_type => ID)
  id!: string;
}

/** The stub of a resident id, as a reference for the gateway to resolve in grids. */
export function residentRef(id: string): Resident;
export function residentRef(id: string | null): Resident | null;
export function residentRef(id: string | null): Resident | null {
  return id === null ? null : { id };
}
