import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { Mediator } from '../team/mediator.entity';
import { CaseMediator } from './case-mediator.entity';

@Resolver(_of => CaseMediator)
export class CaseMediatorResolver {
  @FieldResolver(_returns => Mediator, { description: 'The mediator (调解员)' })
  async mediator(@Root() assignment: CaseMediator, @Ctx() { loaders }: MediationContext): Promise<Mediator> {
    return (await loaders.mediatorById.load(assignment.mediatorId))!;
  }
}
