import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Subdistrict`, as elderly sees it: only its key; elderly contributes fields to it. */
@ObjectType({ description: 'Subdistrict or township (街道 / 乡镇): the level of the judicial office and 综治办' })
@Directive('@key(fields: "id")')
export class Subdistrict {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a subdistrict id, as a reference for the gateway to resolve in grids. */
export function subdistrictRef(id: string): Subdistrict;
export function subdistrictRef(id: string | null): Subdistrict | null;
export function subdistrictRef(id: string | null): Subdistrict | null {
  return id === null ? null : { id };
}
