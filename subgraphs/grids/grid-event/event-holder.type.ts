import { Field, ID, ObjectType } from 'type-graphql';
import { GridWorker } from '../grid-worker/grid-worker.entity';
import { GridEventLevel } from './lifecycle';

/**
 * Whoever holds an event under first-responder responsibility (首问责任人): a grid worker at grid
 * level, a community grid leader (网格长) or 综治办 staff higher up. Only grid workers are registered
 * in this subgraph, so the other accounts are known by id and the level they hold it at.
 */
@ObjectType({ description: 'Account holding a grid event (首问责任人): a grid worker, community or subdistrict staff' })
export class EventHolder {
  @Field(_type => ID, { description: 'Account id (账号)' })
  id!: string;

  @Field(_type => GridEventLevel, { description: 'Level of the three-level chain it holds the event at (网格员 / 网格长 / 综治办)' })
  level!: GridEventLevel;

  @Field(_type => String, { nullable: true, description: 'Name (姓名) where this subgraph knows it: a grid worker’s; null for other accounts' })
  name!: string | null;

  @Field(_type => GridWorker, { nullable: true, description: 'The grid worker, when a grid worker holds it' })
  gridWorker!: GridWorker | null;
}
