import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Grid`, as party sees it: only its key; party contributes fields to it. */
@ObjectType({ description: 'Grid (网格): the patrol area of its grid workers' })
@Directive('@key(fields: "id")')
export class Grid {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}
