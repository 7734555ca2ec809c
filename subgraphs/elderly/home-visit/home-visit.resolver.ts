import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { ElderlyContext } from '../context';
import { revealOrNull } from '../personal';
import { HomeVisit } from './home-visit.entity';

const TYPE = 'HomeVisit';

@Resolver(_of => HomeVisit)
export class HomeVisitResolver {
  @FieldResolver(_returns => String, { nullable: true, description: 'Who went (走访人员); null unless your role and scope allow it' })
  visitors(@Root() visit: HomeVisit, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): string | null {
    return revealOrNull(visit, TYPE, context, 'visitors', reason, visit.visitors);
  }

  @FieldResolver(_returns => String, { nullable: true, description: 'How it ended (走访结果); health data: null unless your role and scope allow it' })
  outcome(@Root() visit: HomeVisit, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): string | null {
    return revealOrNull(visit, TYPE, context, 'outcome', reason, visit.outcome);
  }
}
