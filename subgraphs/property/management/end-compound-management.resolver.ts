import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { PROPERTY_REGULATORS } from '../roles';
import { CompoundManagement } from './compound-management.entity';
import { EndCompoundManagementInput } from './compound-management.input';
import { compoundInScope } from './compound-place';

@ObjectType({ description: "Result of ending a compound's management (终止物业管理结果)" })
export class EndCompoundManagementPayload {
  @Field(_type => CompoundManagement, { description: 'The period that ended (已终止的管理)' })
  management!: CompoundManagement;
}

@Resolver()
export class EndCompoundManagementResolver {
  @Authorized(PROPERTY_REGULATORS)
  @Mutation(_returns => EndCompoundManagementPayload, { description: "End a compound's current management (a company withdraws): the compound counts as unmanaged until a new one is assigned (终止物业管理)" })
  async endCompoundManagement(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: EndCompoundManagementInput,
    @Ctx() context: PropertyContext,
  ): Promise<EndCompoundManagementPayload> {
    const place = await compoundInScope(context, input.compoundId, 'input.compoundId', PROPERTY_REGULATORS);
    const [current] = await context.loaders.currentManagementsByCompoundId.load(place.id);
    if (!current) throw new ConflictError('This compound has no current management to end');
    if (input.endedOn < current.startsOn) {
      throw new BadUserInputError('input.endedOn', 'not before start', `input.endedOn lies before the management started (${current.startsOn})`);
    }
    Object.assign(current, { openCompoundId: null, endedOn: input.endedOn, endReason: input.reason });
    await context.em.flush();
    return { management: current };
  }
}
