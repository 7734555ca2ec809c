import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `Community`, as elderly sees it: only its key; elderly contributes fields to it. */
@ObjectType({ description: 'Community or village (社区 / 村)' })
@Directive('@key(fields: "id")')
export class Community {
  // Same descriptions as in grids, so composition has one text to keep.
  @Field(_type => ID)
  id!: string;
}

/** The stub of a community id, as a reference for the gateway to resolve in grids. */
export function communityRef(id: string): Community;
export function communityRef(id: string | null): Community | null;
export function communityRef(id: string | null): Community | null {
  return id === null ? null : { id };
}
