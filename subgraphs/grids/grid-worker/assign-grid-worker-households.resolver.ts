import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { Household } from '../household/household.entity';
import { GRID_MANAGERS } from '../roles';
import { GridWorker } from './grid-worker.entity';
import { AssignGridWorkerHouseholdsInput } from './grid-worker.input';
import { LinkedHousehold, MAX_LINKED_HOUSEHOLDS } from './linked-household.entity';

@ObjectType({ description: 'Result of assigning households to a grid worker' })
export class AssignGridWorkerHouseholdsPayload {
  @Field(_type => GridWorker)
  gridWorker!: GridWorker;
}

@Resolver()
export class AssignGridWorkerHouseholdsResolver {
  @Authorized(GRID_MANAGERS)
  @Mutation(_returns => AssignGridWorkerHouseholdsPayload, {
    description: `Link households of the worker's grid to a grid worker (分配联系户); households already linked are kept, at most ${MAX_LINKED_HOUSEHOLDS} in all`,
  })
  async assignGridWorkerHouseholds(
    @Arg('input') input: AssignGridWorkerHouseholdsInput,
    @Ctx() { em, viewer }: GridsContext,
  ): Promise<AssignGridWorkerHouseholdsPayload> {
    const gridWorker = await em.findOne(GridWorker, { id: input.gridWorkerId });
    if (!gridWorker) throw new BadUserInputError('input.gridWorkerId', 'exists', 'input.gridWorkerId is not a known grid worker');
    if (!canActAt(viewer, GRID_MANAGERS, gridWorker)) throw new ForbiddenError("This grid worker's grid is outside your scope");

    const households = await em.find(Household, { id: { $in: input.householdIds } });
    input.householdIds.forEach((id, index) => {
      const household = households.find((candidate) => candidate.id === id);
      const field = `input.householdIds.${index}`;
      if (!household) throw new BadUserInputError(field, 'exists', `${field} is not a known household`);
      if (household.gridId !== gridWorker.gridId) throw new BadUserInputError(field, 'in grid', `${field} is not in the grid worker's grid`);
    });
    const linked = await em.find(LinkedHousehold, { gridWorkerId: gridWorker.id });
    const added = input.householdIds.filter((id) => !linked.some((link) => link.householdId === id));
    if (linked.length + added.length > MAX_LINKED_HOUSEHOLDS) {
      throw new BadUserInputError(
        'input.householdIds',
        `at most ${MAX_LINKED_HOUSEHOLDS}`,
        `input.householdIds would give the worker ${linked.length + added.length} linked households; at most ${MAX_LINKED_HOUSEHOLDS} are allowed`,
      );
    }
    await em.transactional(async (tx) => {
      for (const householdId of added) tx.persist(Object.assign(new LinkedHousehold(), { gridWorkerId: gridWorker.id, householdId }));
    });
    return { gridWorker };
  }
}
