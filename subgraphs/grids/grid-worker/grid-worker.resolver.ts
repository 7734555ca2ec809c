import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, SortDirection, type ConnectionValue } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import type { GridsContext } from '../context';
import { Grid } from '../grid/grid.entity';
import { Household } from '../household/household.entity';
import { HouseholdConnection } from '../household/household-connection.type';
import { GridWorker } from './grid-worker.entity';
import { LinkedHousehold } from './linked-household.entity';

@Resolver(_of => GridWorker)
export class GridWorkerResolver {
  @Query(_returns => GridWorker, { nullable: true, description: 'A grid worker by id or staff code (网格员)' })
  gridWorker(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<GridWorker | null> {
    return findByIdOrCode(em, GridWorker, { id, code });
  }

  @FieldResolver(_returns => Grid, { description: 'Grid (所属网格)' })
  grid(@Root() worker: GridWorker, @Ctx() { loaders }: GridsContext) {
    return loaders.gridById.load(worker.gridId);
  }

  @FieldResolver(_returns => HouseholdConnection, { description: 'Households this worker keeps in contact with (联系户)' })
  async linkedHouseholds(
    @Root() worker: GridWorker,
    @Args() args: ConnectionArgs,
    @Ctx() { loaders }: GridsContext,
  ): Promise<ConnectionValue<Household>> {
    const links = await loaders.pages.childrenOf(LinkedHousehold, 'gridWorkerId', worker.id, pageQuery(args, {}, [['linkedAt', SortDirection.ASC]]));
    const households = await loaders.householdById.loadMany(links.edges.map((edge) => edge.node.householdId));
    return {
      ...links,
      edges: links.edges.flatMap((edge, index) => {
        const node = households[index];
        return node instanceof Household ? [{ cursor: edge.cursor, node }] : [];
      }),
    };
  }
}
