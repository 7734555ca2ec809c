import type { EntityManager } from '@mikro-orm/knex';
import { Field, ObjectType } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardStep } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { canRead } from '../scope';
import { AgendaItemStep } from './agenda-item-step.entity';
import { AgendaItem } from './agenda-item.entity';
import { AGENDA_ITEM_LIFECYCLE, AgendaItemCommand } from './agenda-lifecycle';

@ObjectType({ description: 'Result of a step on an agenda item' })
export class AgendaItemCommandPayload {
  @Field(_type => AgendaItem, { description: 'The item after the step (议题)' })
  item!: AgendaItem;

  @Field(_type => AgendaItemStep, { description: 'The step recorded in its history (流转记录)' })
  step!: AgendaItemStep;
}

export interface AgendaItemSteps {
  /** State rules beyond the table (a decision needs an adopted resolution …): throw CONFLICT. */
  readonly check?: (item: AgendaItem, context: PropertyContext) => Promise<void>;
  /** Changes beyond the stage, applied once every check passed, flushed with it. */
  readonly apply?: (item: AgendaItem, now: Date, em: EntityManager) => Promise<void> | void;
  readonly note?: string | null;
}

/** The agenda item `id` names, if the viewer can see it; otherwise BAD_USER_INPUT on `field`. */
export async function visibleItem(context: PropertyContext, id: string, field: string): Promise<AgendaItem> {
  const item = await context.loaders.itemById.load(id);
  if (!item || !canRead(context, item)) throw new BadUserInputError(field, 'exists', `${field} is not an agenda item you can see`);
  return item;
}

/**
 * Runs one step of "一征三议两公开" on an item: the transition table decides (CONFLICT naming stage
 * and command when it refuses), the viewer's role must reach the item (FORBIDDEN), the step's own
 * state rules run, and only then the item and its history row are written in one flush. The item's
 * version turns a concurrent second step into CONFLICT instead of a lost update.
 */
export async function runAgendaItemCommand(
  context: PropertyContext,
  itemId: string,
  command: AgendaItemCommand,
  steps: AgendaItemSteps = {},
): Promise<AgendaItemCommandPayload> {
  const { em, viewer } = context;
  const item = await visibleItem(context, itemId, 'input.itemId');
  const rule = AGENDA_ITEM_LIFECYCLE.require(item.stage, command);
  if (!canActAt(viewer, rule.roles, item)) throw new ForbiddenError(`${command} needs one of: ${rule.roles.join(', ')}`);
  await steps.check?.(item, context);

  const now = new Date();
  const history = await context.loaders.stepsByItemId.load(item.id);
  const step = Object.assign(new AgendaItemStep(), {
    itemId: item.id, sequence: history.length + 1, command, fromStage: item.stage, toStage: rule.to, note: steps.note ?? null, actorId: viewer!.id, at: now,
  });
  item.stage = rule.to;
  await steps.apply?.(item, now, em);
  em.persist(step);
  await guardStep(`The agenda item changed while ${command} was applied; reload it and try again`, () => em.flush());
  return { item, step };
}
