import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';
import { SUGGESTION_TAKERS } from '../roles';
import { canRead } from '../scope';
import { SatisfactionSurvey, SATISFIED_MEAN } from './satisfaction-survey.entity';
import { RespondToSatisfactionSurveyInput } from './satisfaction-survey.input';
import { SurveyResponse } from './survey-response.entity';

@ObjectType({ description: 'Result of a survey response (提交答卷结果)' })
export class RespondToSatisfactionSurveyPayload {
  @Field(_type => SatisfactionSurvey, { description: 'The survey with its figures (满意度测评)' })
  survey!: SatisfactionSurvey;
}

const ANSWERED = 'This household has already answered this survey';

@Resolver()
export class RespondToSatisfactionSurveyResolver {
  @Authorized(SUGGESTION_TAKERS)
  @Mutation(_returns => RespondToSatisfactionSurveyPayload, { description: "Record a household's answers to a survey, collected door to door: one response per household (提交测评答卷)" })
  async respondToSatisfactionSurvey(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RespondToSatisfactionSurveyInput,
    @Ctx() context: PropertyContext,
  ): Promise<RespondToSatisfactionSurveyPayload> {
    const survey = await context.loaders.surveyById.load(input.surveyId);
    if (!survey || !canRead(context, survey)) throw new BadUserInputError('input.surveyId', 'exists', 'input.surveyId is not a survey you can see');
    const household = await requirePlace(context.loaders.placeById, input.householdId, 'input.householdId', [TerritoryLevel.HOUSEHOLD]);
    if (household.compoundId !== survey.compoundId) throw new BadUserInputError('input.householdId', 'in compound', "input.householdId is not in the survey's compound");
    if (input.scores.length !== survey.questions.length) {
      throw new BadUserInputError('input.scores', 'one per question', `input.scores must hold ${survey.questions.length} scores, one per question`);
    }
    if (!canActAt(context.viewer, SUGGESTION_TAKERS, household)) throw new ForbiddenError('This household is outside your scope');
    if (await context.em.count(SurveyResponse, { surveyId: survey.id, householdId: household.id })) throw new ConflictError(ANSWERED, 'input.householdId');
    const meanScore = input.scores.reduce((sum, score) => sum + score, 0) / input.scores.length;
    const response = Object.assign(new SurveyResponse(), {
      surveyId: survey.id, householdId: household.id, scores: input.scores, meanScore, satisfied: meanScore >= SATISFIED_MEAN,
      companyId: survey.companyId, period: survey.period, periodStartsOn: survey.periodStartsOn,
      compoundId: survey.compoundId, communityId: survey.communityId, subdistrictId: survey.subdistrictId,
    });
    await guardUnique([{ columns: ['survey_id', 'household_id'], field: 'input.householdId', message: ANSWERED }], () => context.em.persistAndFlush(response));
    return { survey };
  }
}
