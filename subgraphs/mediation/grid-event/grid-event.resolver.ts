import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { readable } from '../../../kit/auth/entity-access';
import { CASE_ACCESS } from '../access';
import { GridEvent } from './grid-event.type';

@Resolver(_of => GridEvent)
export class GridEventMediationCaseResolver {
  @FieldResolver(_returns => MediationCase, { nullable: true, description: 'The mediation case registered from this event, if any and in your territory (转调解案件)' })
  async mediationCase(@Root() event: GridEvent, @Ctx() context: MediationContext): Promise<MediationCase | null> {
    return readable(context.viewer, CASE_ACCESS, await context.loaders.caseByGridEventId.load(event.id));
  }
}
