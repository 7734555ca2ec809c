import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { maySeeCase } from '../personal';
import { GridEvent } from './grid-event.type';

@Resolver(_of => GridEvent)
export class GridEventMediationCaseResolver {
  @FieldResolver(_returns => MediationCase, { nullable: true, description: 'The mediation case registered from this event, if any and yours to see (转调解案件)' })
  async mediationCase(@Root() event: GridEvent, @Ctx() context: MediationContext): Promise<MediationCase | null> {
    const kase = await context.loaders.caseByGridEventId.load(event.id);
    return kase && (await maySeeCase(context, kase)) ? kase : null;
  }
}
