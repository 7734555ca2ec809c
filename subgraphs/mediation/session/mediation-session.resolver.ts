import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { MediationContext } from '../context';
import { maskText, revealCaseDetail } from '../personal';
import { MediationSession } from './mediation-session.entity';

@Resolver(_of => MediationSession)
export class MediationSessionResolver {
  @FieldResolver(_returns => String, { description: "What was discussed; '***' unless you mediate the case or supervise it in scope (协商内容, 个人信息)" })
  async discussed(@Root() session: MediationSession, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<string> {
    const kase = (await context.loaders.caseById.load(session.caseId))!;
    return revealCaseDetail(context, kase, 'MediationSession.discussed', reason, session.discussed, maskText);
  }
}
