import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ConnectionArgs, type ConnectionValue } from '../../../kit/connection/connection';
import { encodeCursor, offsetAfter } from '../../../kit/connection/cursor';
import { ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { ElderProfileConnection } from '../elder-profile/elder-profile-connection.type';
import type { ElderProfile } from '../elder-profile/elder-profile.entity';
import { ELDER_CARERS } from '../roles';
import { circleElders } from './circle-sql';
import { ServiceCircle } from './service-circle.type';

@Resolver(_of => ServiceCircle)
export class ServiceCircleResolver {
  @FieldResolver(_returns => ElderProfileConnection, {
    description: 'Elders inside (covered: true) or outside the circle, by profile id (圈内/圈外老人); for the roles that serve elders, in scope',
  })
  async elderProfiles(
    @Root() circle: ServiceCircle,
    @Arg('covered', { description: 'Inside the circle (圈内) or outside it' }) covered: boolean,
    @Args() args: ConnectionArgs,
    @Ctx() { em, loaders, viewer }: ElderlyContext,
  ): Promise<ConnectionValue<ElderProfile>> {
    const place = (await loaders.placeById.load(circle.communityId))!;
    if (!canActAt(viewer, ELDER_CARERS, place)) throw new ForbiddenError('Which elders these are is for the staff who serve them');
    const offset = offsetAfter(args.after);
    const { ids, totalCount } = await circleElders(em, circle.communityId, circle.kind, covered, offset, args.first);
    const profiles = await loaders.profileById.loadMany(ids);
    const edges = profiles.map((node, index) => ({ node: node as ElderProfile, cursor: encodeCursor(offset + index) }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: offset + edges.length < totalCount,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
