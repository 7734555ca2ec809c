import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { PROPERTY_REGULATORS } from '../roles';
import { CompoundManagement, ManagementMode } from './compound-management.entity';
import { AssignCompoundManagementInput } from './compound-management.input';
import { compoundInScope } from './compound-place';

@ObjectType({ description: "Result of changing a compound's management (变更物业管理结果)" })
export class AssignCompoundManagementPayload {
  @Field(_type => CompoundManagement, { description: 'The new current management (现行管理方式)' })
  management!: CompoundManagement;

  @Field(_type => CompoundManagement, { nullable: true, description: 'The period it replaced, now ended; null when the compound had none (被替换的管理)' })
  replaced!: CompoundManagement | null;
}

export const ONE_CURRENT = { columns: ['open_compound_id'], field: 'input.compoundId', message: "The compound's management changed at the same moment; nothing was written" };

@Resolver()
export class AssignCompoundManagementResolver {
  @Authorized(PROPERTY_REGULATORS)
  @Mutation(_returns => AssignCompoundManagementPayload, {
    description: 'Put a compound under a management mode — a company, community trusteeship, employer proxy or self-management — ending the current one (物业管理方式变更, 无物业小区清零)',
  })
  async assignCompoundManagement(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: AssignCompoundManagementInput,
    @Ctx() context: PropertyContext,
  ): Promise<AssignCompoundManagementPayload> {
    const place = await compoundInScope(context, input.compoundId, 'input.compoundId', PROPERTY_REGULATORS);
    const { em, loaders } = context;
    const enterprise = input.mode === ManagementMode.ENTERPRISE;
    if (enterprise && !input.companyId) throw new BadUserInputError('input.companyId', 'required for ENTERPRISE', 'input.companyId is required for ENTERPRISE management');
    if (!enterprise && input.companyId) throw new BadUserInputError('input.companyId', 'only for ENTERPRISE', 'input.companyId is only given for ENTERPRISE management');
    if (input.companyId && !(await loaders.companyById.load(input.companyId))) {
      throw new BadUserInputError('input.companyId', 'exists', 'input.companyId is not a known property company');
    }
    if (input.contractEndsOn && input.contractEndsOn <= input.startsOn) {
      throw new BadUserInputError('input.contractEndsOn', 'after startsOn', 'input.contractEndsOn must come after input.startsOn');
    }
    const [current] = await loaders.currentManagementsByCompoundId.load(place.id);
    if (current && input.startsOn < current.startsOn) {
      throw new BadUserInputError('input.startsOn', 'not before current', `input.startsOn lies before the current management started (${current.startsOn})`);
    }

    const management = Object.assign(new CompoundManagement(), {
      compoundId: place.id,
      openCompoundId: place.id,
      mode: input.mode,
      companyId: input.companyId ?? null,
      startsOn: input.startsOn,
      contractEndsOn: input.contractEndsOn ?? null,
      communityId: place.communityId,
      subdistrictId: place.subdistrictId,
    });
    await guardUnique([ONE_CURRENT], () => em.transactional(async (tx) => {
      if (current) {
        // The old period lets go of the compound first, so the one-current constraint holds at every step.
        Object.assign(current, { openCompoundId: null, endedOn: input.startsOn, endReason: `replaced by ${input.mode}` });
        await tx.flush();
      }
      tx.persist(management);
    }));
    return { management, replaced: current ?? null };
  }
}
