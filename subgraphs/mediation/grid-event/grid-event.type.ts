import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The grids subgraph's `GridEvent`, as mediation sees it: only its key; mediation contributes `mediationCase`. */
@ObjectType({ description: 'Grid event (网格事件): a problem reported, handled and fed back on in a grid' })
@Directive('@key(fields: "id")')
export class GridEvent {
  @Field(_type => ID, { description: 'Id (标识)' })
  id!: string;
}
