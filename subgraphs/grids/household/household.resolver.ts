import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { pageQuery } from '../../../kit/connection/page-query';
import { ForbiddenError } from '../../../kit/errors';
import { RESIDENT_ACCESS } from '../access';
import { findByIdOrCode } from '../../../kit/lookup';
import { Building } from '../building/building.entity';
import type { GridsContext } from '../context';
import { Grid } from '../grid/grid.entity';
import { GridWorker } from '../grid-worker/grid-worker.entity';
import { Resident } from '../resident/resident.entity';
import { householdMemberOrder, ResidentsArgs, residentFilter } from '../resident/resident.input';
import { ResidentConnection } from '../resident/resident-connection.type';
import { RESIDENT_READERS } from '../roles';
import { Household } from './household.entity';

@Resolver(_of => Household)
export class HouseholdResolver {
  @Query(_returns => Household, { nullable: true, description: 'A household by id or code (住户)' })
  household(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Household | null> {
    return findByIdOrCode(em, Household, { id, code });
  }

  @FieldResolver(_returns => Building, { description: 'Building (所属楼栋)' })
  building(@Root() household: Household, @Ctx() { loaders }: GridsContext) {
    return loaders.buildingById.load(household.buildingId);
  }

  @FieldResolver(_returns => Grid, { description: 'Grid (所属网格)' })
  grid(@Root() household: Household, @Ctx() { loaders }: GridsContext) {
    return loaders.gridById.load(household.gridId);
  }

  @Authorized(RESIDENT_READERS)
  @FieldResolver(_returns => ResidentConnection, {
    description:
      'Residents (居民), head of household (户主) first, then in the requested order; of households inside your scope; not for BI or partner agencies',
  })
  residents(@Root() household: Household, @Args() args: ResidentsArgs, @Ctx() { loaders, viewer }: GridsContext) {
    // The same rule as `resident(id)`: rows of people only where the viewer works.
    if (!canActAt(viewer, RESIDENT_ACCESS.roles, household)) throw new ForbiddenError('This household is outside your scope');
    return loaders.pages.childrenOf(Resident, 'householdId', household.id, pageQuery(args, residentFilter(args.where), householdMemberOrder(args.orderBy)), {
      fewPerParent: true,
    });
  }

  @FieldResolver(_returns => [GridWorker], { description: 'Grid workers who keep in contact with this household (联系网格员)' })
  async gridWorkers(@Root() household: Household, @Ctx() { loaders }: GridsContext): Promise<GridWorker[]> {
    const links = await loaders.linksByHouseholdId.load(household.id);
    const workers = await loaders.gridWorkerById.loadMany(links.map(link => link.gridWorkerId));
    return workers.filter((worker): worker is GridWorker => worker instanceof GridWorker);
  }
}
