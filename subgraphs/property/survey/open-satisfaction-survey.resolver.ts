import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { todayUtc } from '../../../kit/validation/calendar-date';
import type { PropertyContext } from '../context';
import { compoundInScope } from '../management/compound-place';
import { CONVENERS } from '../roles';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { OpenSatisfactionSurveyInput, quarterStart } from './satisfaction-survey.input';

@ObjectType({ description: 'Result of opening a survey (发起测评结果)' })
export class OpenSatisfactionSurveyPayload {
  @Field(_type => SatisfactionSurvey, { description: 'The survey (满意度测评)' })
  survey!: SatisfactionSurvey;
}

const TAKEN = 'This compound already has a survey for this quarter';

@Resolver()
export class OpenSatisfactionSurveyResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => OpenSatisfactionSurveyPayload, { description: "Open a quarter's satisfaction survey of the company managing a compound; the community runs it, not the company (发起物业服务满意度测评)" })
  async openSatisfactionSurvey(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: OpenSatisfactionSurveyInput,
    @Ctx() context: PropertyContext,
  ): Promise<OpenSatisfactionSurveyPayload> {
    const place = await compoundInScope(context, input.compoundId, 'input.compoundId', CONVENERS);
    const periodStartsOn = quarterStart(input.period);
    if (periodStartsOn > todayUtc()) throw new BadUserInputError('input.period', 'not in the future', 'input.period has not begun');
    const [current] = await context.loaders.currentManagementsByCompoundId.load(place.id);
    if (!current?.companyId) throw new BadUserInputError('input.compoundId', 'managed by a company', 'input.compoundId is not managed by a property company');
    if (await context.em.count(SatisfactionSurvey, { compoundId: place.id, period: input.period })) throw new ConflictError(TAKEN, 'input.period');
    const survey = Object.assign(new SatisfactionSurvey(), {
      companyId: current.companyId, period: input.period, periodStartsOn, questions: input.questions, threshold: input.threshold,
      compoundId: place.id, communityId: place.communityId, subdistrictId: place.subdistrictId,
    });
    await guardUnique([{ columns: ['compound_id', 'period'], field: 'input.period', message: TAKEN }], () => context.em.persistAndFlush(survey));
    return { survey };
  }
}
