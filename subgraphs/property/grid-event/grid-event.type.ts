import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `GridEvent`, as property sees it: only its key; property contributes fields to it. */
@ObjectType({ description: 'Grid event (网格事件): a problem reported, handled and fed back on in a grid' })
@Directive('@key(fields: "id")')
export class GridEvent {
  @Field(_type => ID, { description: 'Id (标识)' })
  id!: string;
}

/** The stub of a grid event id, as a reference for the gateway to resolve in grids. */
export function gridEventRef(id: string | null): GridEvent | null {
  return id === null ? null : { id };
}
