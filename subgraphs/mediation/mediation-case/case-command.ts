import { Field, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { NewEvent } from '../../../kit/events/domain-event';
import { recordEvents } from '../../../kit/events/record-event';
import { guardStep } from '../../../kit/orm/write-conflict';
import type { MediationContext } from '../context';
import { forgetCase } from '../loaders';
import { isCaseMediator, maySeeCase } from '../personal';
import { MediationCaseTransition } from './case-transition.entity';
import { levelRank, MEDIATION_CASE_LIFECYCLE, ROLE_LEVEL, type MediationActor, type MediationCaseCommand, type MediationTransitionRule } from './lifecycle';
import { MediationCase } from './mediation-case.entity';

@ObjectType({ description: 'Result of a command on a mediation case' })
export class MediationCaseCommandPayload {
  @Field(_type => MediationCase, { description: 'The case after the command (调解案件)' })
  mediationCase!: MediationCase;

  @Field(_type => MediationCaseTransition, { description: 'The step recorded in its history (办案记录)' })
  transition!: MediationCaseTransition;
}

/** True when the viewer is one of `actors` for this case: a supervising role reaching its place and level, or its own mediator. */
export async function isCaseActor(context: MediationContext, actors: readonly MediationActor[], kase: MediationCase): Promise<boolean> {
  const { viewer } = context;
  if (!viewer) return false;
  for (const actor of actors) {
    if (actor === 'CASE_MEDIATOR') {
      if (await isCaseMediator(context, kase)) return true;
      continue;
    }
    const level = ROLE_LEVEL[actor];
    if (canActAt(viewer, [actor], kase) && (!level || levelRank(level) >= levelRank(kase.level))) return true;
  }
  return false;
}

export interface CaseCommandSteps {
  /** Checks that need the case (parties, mediators, teams); throw BAD_USER_INPUT. Nothing is written yet. */
  readonly check?: (kase: MediationCase, rule: MediationTransitionRule) => Promise<void> | void;
  /** Changes beyond the status, applied once every check passed; may persist further rows. */
  readonly apply?: (kase: MediationCase, now: Date, transition: MediationCaseTransition) => void;
  /** Recorded in the history. */
  readonly reason?: string | null;
  /** Domain events the command publishes, written to the outbox in its transaction (kit/events). */
  readonly events?: (kase: MediationCase) => NewEvent[];
}

/**
 * Runs one command of the lifecycle table on a case: the table decides (CONFLICT naming status and
 * command when it refuses), the actor must be allowed (FORBIDDEN), the command's checks run
 * (BAD_USER_INPUT), and only then the case, its history row, whatever the command adds and the
 * domain events it publishes are written in one transaction. The case's version makes a concurrent second command CONFLICT instead of
 * overwriting the first.
 */
export async function runCaseCommand(
  context: MediationContext,
  caseId: string,
  command: MediationCaseCommand,
  steps: CaseCommandSteps = {},
): Promise<MediationCaseCommandPayload> {
  const { em, viewer } = context;
  const kase = await context.loaders.caseById.load(caseId);
  if (!kase || !(await maySeeCase(context, kase))) {
    throw new BadUserInputError('input.caseId', 'exists', 'input.caseId is not a mediation case you can see');
  }
  const rule = MEDIATION_CASE_LIFECYCLE.require(kase.status, command);
  if (rule.levels && !rule.levels.includes(kase.level)) {
    throw new ConflictError(`Cannot ${command} a mediation case in status ${kase.status} at level ${kase.level}`);
  }
  if (!(await isCaseActor(context, rule.actors, kase))) {
    throw new ForbiddenError(`${command} on a ${kase.status} case at level ${kase.level} needs one of: ${rule.actors.join(', ')}`);
  }
  await steps.check?.(kase, rule);

  const now = new Date();
  const transition = Object.assign(new MediationCaseTransition(), {
    id: uuidv4(),
    caseId: kase.id,
    sequence: kase.version + 1,
    command,
    fromStatus: kase.status,
    toStatus: rule.to,
    actorId: viewer!.id,
    reason: steps.reason ?? null,
    at: now,
  });
  kase.status = rule.to;
  kase.updatedAt = now;
  steps.apply?.(kase, now, transition);
  transition.level = kase.level;
  transition.mechanism = kase.mechanism;
  try {
    await guardStep(`The mediation case changed while ${command} was applied; nothing was written. Reload it and try again`, () =>
      em.transactional(async (tx) => {
        tx.persist(transition);
        await recordEvents(tx, context.requestId, steps.events?.(kase) ?? []);
      }),
    );
  } catch (error) {
    // The loser's changed case must not stay in the request's identity map for later fields.
    em.clear();
    throw error;
  }
  forgetCase(context.loaders, kase.id);
  return { mediationCase: kase, transition };
}
