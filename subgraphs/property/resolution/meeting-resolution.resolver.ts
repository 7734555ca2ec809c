import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { MeetingResolution } from './meeting-resolution.entity';

@Resolver(_of => MeetingResolution)
export class MeetingResolutionResolver {
  @FieldResolver(_returns => Int, { description: 'Votes for (赞成票)' })
  async votesFor(@Root() resolution: MeetingResolution, @Ctx() { loaders }: PropertyContext): Promise<number> {
    return (await loaders.voteTally.load(resolution.id)).for;
  }

  @FieldResolver(_returns => Int, { description: 'Votes against (反对票)' })
  async votesAgainst(@Root() resolution: MeetingResolution, @Ctx() { loaders }: PropertyContext): Promise<number> {
    return (await loaders.voteTally.load(resolution.id)).against;
  }

  @FieldResolver(_returns => Int, { description: 'Abstentions (弃权票)' })
  async abstentions(@Root() resolution: MeetingResolution, @Ctx() { loaders }: PropertyContext): Promise<number> {
    return (await loaders.voteTally.load(resolution.id)).abstain;
  }
}
