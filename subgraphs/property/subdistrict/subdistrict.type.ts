import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Subdistrict`, as property sees it: only its key; property contributes fields to it. */
@ObjectType({ description: 'Subdistrict or township (街道 / 乡镇): the level of the judicial office and 综治办' })
@Directive('@key(fields: "id")')
export class Subdistrict {
  @Field(_type => ID)
  id!: string;
}
