import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Compound`, as property sees it: only its key; property contributes fields to it. */
@ObjectType({ description: 'Residential compound (小区); every compound is coded (全部编码管理)' })
@Directive('@key(fields: "id")')
export class Compound {
  @Field(_type => ID)
  id!: string;
}

/** The stub of a compound id, as a reference for the gateway to resolve in grids. */
export function compoundRef(id: string): Compound;
export function compoundRef(id: string | null): Compound | null;
export function compoundRef(id: string | null): Compound | null {
  return id === null ? null : { id };
}
