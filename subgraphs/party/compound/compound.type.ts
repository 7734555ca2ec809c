import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Compound`, as party sees it: only its key; party contributes fields to it. */
@ObjectType({ description: 'Residential compound (小区); every compound is coded (全部编码管理)' })
@Directive('@key(fields: "id")')
export class Compound {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a compound id, as a reference for the gateway to resolve in grids. */
export function compoundRef(id: string): Compound;
export function compoundRef(id: string | null): Compound | null;
export function compoundRef(id: string | null): Compound | null {
  return id === null ? null : { id };
}
