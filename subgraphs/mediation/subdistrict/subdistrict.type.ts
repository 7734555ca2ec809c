import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Subdistrict`, as mediation sees it: only its key; mediation contributes fields to it. */
@ObjectType({ description: 'Subdistrict or township (街道 / 乡镇): the level of the judicial office and 综治办' })
@Directive('@key(fields: "id")')
export class Subdistrict {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}
