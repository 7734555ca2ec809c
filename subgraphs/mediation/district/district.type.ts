import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `District`, as mediation sees it: only its key; mediation contributes fields to it. */
@ObjectType({ description: 'District or county (区 / 县)' })
@Directive('@key(fields: "id")')
export class District {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}
