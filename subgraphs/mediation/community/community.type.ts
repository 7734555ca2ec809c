import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Community`, as mediation sees it: only its key; mediation contributes fields to it. */
@ObjectType({ description: 'Community or village (社区 / 村)' })
@Directive('@key(fields: "id")')
export class Community {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}
