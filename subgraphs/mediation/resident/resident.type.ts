import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Resident`, as mediation sees it: only its key; mediation contributes fields to it. */
@ObjectType({ description: 'Resident (居民); personal fields are masked unless your role and scope allow them' })
@Directive('@key(fields: "id")')
export class Resident {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}
