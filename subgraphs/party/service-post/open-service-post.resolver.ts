import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { PartyContext } from '../context';
import { PARTY_CLERKS } from '../roles';
import { ServicePost } from './service-post.entity';
import { OpenServicePostInput } from './service-post.input';

@ObjectType({ description: 'Result of opening a service post (设立岗位结果)' })
export class OpenServicePostPayload {
  @Field(_type => ServicePost, { description: 'The post (服务岗位)' })
  post!: ServicePost;
}

@Resolver()
export class OpenServicePostResolver {
  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => OpenServicePostPayload, { description: 'Open a service post in a community for in-service members to claim (设立服务岗位)' })
  async openServicePost(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: OpenServicePostInput,
    @Ctx() { em, loaders, viewer }: PartyContext,
  ): Promise<OpenServicePostPayload> {
    const community = await requirePlace(loaders.placeById, input.communityId, 'input.communityId', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, PARTY_CLERKS, community)) throw new ForbiddenError('This community is outside your scope');
    if (await em.count(ServicePost, { communityId: community.id, name: input.name })) {
      throw new BadUserInputError('input.name', 'unique in community', 'input.name: this community already has a post of that name');
    }
    const post = Object.assign(new ServicePost(), { ...input, communityId: community.id, subdistrictId: community.subdistrictId });
    await guardUnique(
      [{ columns: ['community_id', 'name'], field: 'input.name', message: 'input.name: a post of that name was opened in this community at the same moment' }],
      () => em.transactional(async (tx) => {
        tx.persist(post);
      }),
    );
    return { post };
  }
}
