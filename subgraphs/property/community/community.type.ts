import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Community`, as property sees it: only its key; property contributes fields to it. */
@ObjectType({ description: 'Community or village (社区 / 村)' })
@Directive('@key(fields: "id")')
export class Community {
  @Field(_type => ID)
  id!: string;
}
